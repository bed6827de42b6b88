package coop.harvest.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import coop.harvest.platform.ProblemException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void datesMeanWholeDaysInTheMarketTimeZone() {
        AuditFilter filter = AuditFilter.parse(null, null, null, null, "2026-11-24", "2026-11-24", SHANGHAI);
        assertEquals(Instant.parse("2026-11-23T16:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-11-24T16:00:00Z"), filter.until());
    }

    @Test
    void instantsAreInclusiveAtBothEnds() {
        AuditFilter filter = AuditFilter.parse(null, null, null, null, "2026-11-24T08:00:00Z",
                "2026-11-24T09:00:00Z", SHANGHAI);
        assertEquals(Instant.parse("2026-11-24T08:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-11-24T09:00:00.000000001Z"), filter.until());
    }

    @Test
    void textCriteriaAreNormalised() {
        AuditFilter filter = AuditFilter.parse(" Bureau-Admin ", "listing_rejected", "listing", "42", null, null,
                SHANGHAI);
        assertEquals("LISTING_REJECTED", filter.action());
        assertEquals("LISTING", filter.targetType());
        assertEquals(42L, filter.targetId());
        assertEquals("bureau-admin", filter.parameters().get("actor"));
        assertEquals(" WHERE LOWER(e.actor) = :actor AND e.action = :action AND e.targetType = :targetType "
                + "AND e.targetId = :targetId", filter.where());
    }

    @Test
    void noCriteriaMeansNoCondition() {
        AuditFilter filter = AuditFilter.parse("", " ", null, "", null, "", SHANGHAI);
        assertEquals("", filter.where());
        assertNull(filter.actor());
    }

    @Test
    void unreadableValuesAreNamed() {
        ProblemException problem = assertThrows(ProblemException.class, () ->
                AuditFilter.parse(null, null, null, "abc", "yesterday", "2026-13-01", SHANGHAI));
        assertEquals(400, problem.status());
        assertEquals(List.of("targetId", "from", "to"), problem.errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void anEmptyRangeIsRefused() {
        ProblemException problem = assertThrows(ProblemException.class, () ->
                AuditFilter.parse(null, null, null, null, "2026-11-25", "2026-11-24", SHANGHAI));
        assertEquals(422, problem.status());
    }
}
