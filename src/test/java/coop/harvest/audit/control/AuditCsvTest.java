package coop.harvest.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    private static final Instant AT = Instant.parse("2026-11-24T08:30:00Z");

    @Test
    void everyFieldIsQuoted() {
        assertEquals("\"2026-11-24T08:30:00Z\",\"bureau-admin\",\"LISTING_APPROVED\",\"LISTING\",\"42\",\"\"\r\n",
                AuditCsv.row(AT, "bureau-admin", "LISTING_APPROVED", "LISTING", 42L, null));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"2026-11-24T08:30:00Z\",\"staff\",\"LISTING_REJECTED\",\"LISTING\",\"7\",\"价格虚高, 请核实 \"\"特级\"\"\r\n第二行\"\r\n",
                AuditCsv.row(AT, "staff", "LISTING_REJECTED", "LISTING", 7L, "价格虚高, 请核实 \"特级\"\r\n第二行"));
    }

    @Test
    void formulaLikeTextIsDefused() {
        String row = AuditCsv.row(AT, "staff", "X", "LISTING", 1L, "Acme;=1+1;@SUM(2*3)");
        assertEquals("\"Acme;'=1+1;'@SUM(2*3)\"\r\n", row.substring(row.lastIndexOf(",\"Acme") + 1));
    }

    @Test
    void missingTargetIsAnEmptyField() {
        assertEquals("\"2026-11-24T08:30:00Z\",\"system\",\"SWEEP\",\"\",\"\",\"\"\r\n",
                AuditCsv.row(AT, "system", "SWEEP", null, null, null));
    }
}
