package coop.harvest.contracts.boundary;

import coop.harvest.contracts.control.FulfilmentRate;
import coop.harvest.platform.CsvCells;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The bureau's order-farming figures for a year: per product and county of the cooperative, over contracts accepted
 * that year (market time zone) whatever became of them later: contracts, quantity, acreage, delivered, fulfilment.
 */
@Stateless
@PermitAll
public class ContractFigures {

    @PersistenceContext
    EntityManager em;

    public List<ContractFigure> year(Integer year) {
        int y = year == null ? MarketDay.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw ProblemException.invalid("year", "must be between 2000 and 2100");
        }
        ZoneId zone = MarketDay.zone();
        Timestamp from = Timestamp.from(LocalDate.of(y, 1, 1).atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(LocalDate.of(y + 1, 1, 1).atStartOfDay(zone).toInstant());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.PRODUCT_CODE, c.COUNTY, COUNT(*), SUM(c.QUANTITY), "
                        + "SUM(COALESCE(c.ACREAGE, 0)), SUM(COALESCE(s.SHIPPED, 0)) FROM FARM_CONTRACT c "
                        + "LEFT JOIN (SELECT d.CONTRACT_ID, SUM(d.SHIPPED_QUANTITY) AS SHIPPED FROM CONTRACT_DELIVERY d "
                        + "GROUP BY d.CONTRACT_ID) s ON s.CONTRACT_ID = c.ID "
                        + "WHERE c.ACCEPTED_AT >= ? AND c.ACCEPTED_AT < ? GROUP BY c.PRODUCT_CODE, c.COUNTY "
                        + "ORDER BY c.PRODUCT_CODE, c.COUNTY")
                .setParameter(1, from).setParameter(2, to).getResultList();
        List<ContractFigure> figures = new ArrayList<>();
        for (Object[] r : rows) {
            BigDecimal quantity = decimal(r[3]).setScale(3, RoundingMode.HALF_UP);
            BigDecimal delivered = decimal(r[5]).setScale(3, RoundingMode.HALF_UP);
            figures.add(new ContractFigure((String) r[0], (String) r[1], ((Number) r[2]).longValue(), quantity,
                    decimal(r[4]).setScale(2, RoundingMode.HALF_UP), delivered, FulfilmentRate.of(delivered, quantity)));
        }
        return figures;
    }

    /** The year's figures as CSV (staff): a byte-order mark, a header, one quoted row per product and county. */
    @RolesAllowed("STAFF")
    public String csv(Integer year) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", List.of("product", "county", "contracts", "quantity", "acreage", "delivered",
                "fulfilmentRate").stream().map(CsvCells::text).toList())).append("\r\n");
        for (ContractFigure f : year(year)) {
            csv.append(String.join(",", CsvCells.text(f.product()), CsvCells.text(f.county()),
                    CsvCells.plain(f.contracts()), CsvCells.plain(f.quantity().toPlainString()),
                    CsvCells.plain(f.acreage().toPlainString()), CsvCells.plain(f.delivered().toPlainString()),
                    CsvCells.plain(f.fulfilmentRate().toPlainString()))).append("\r\n");
        }
        return csv.toString();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
