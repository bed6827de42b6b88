package coop.harvest.demands.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.demands.control.DemandLifecycle;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The SQL of a demand list: visibility by role, then filters, with expiry applied as when reading one demand. */
final class DemandSearch {

    static final String FROM = " FROM DEMAND d JOIN ACCOUNT a ON a.ID = d.BUYER_ID";
    private static final String OPEN = DemandLifecycle.OPEN.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(",", "(", ")"));

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> params = new ArrayList<>();

    /** {@code named}: when not null, only demands of these products (those a {@code q} search names; may be empty). */
    DemandSearch(Optional<Caller> caller, boolean mine, String product, java.util.Set<String> named,
                 DemandStatus status, Date today) {
        boolean staff = caller.map(Caller::isStaff).orElse(false);
        String publicRule = "(a.SUSPENDED = FALSE AND d.STATUS IN " + OPEN + " AND d.NEEDED_BY >= ?)";
        if (mine) {
            where.append(" AND d.BUYER_ID = ?");
            params.add(caller.orElseThrow().accountId());
        } else if (caller.isPresent() && !staff) {
            where.append(" AND (d.BUYER_ID = ? OR ").append(publicRule).append(')');
            params.add(caller.get().accountId());
            params.add(today);
        } else if (!staff) {
            where.append(" AND ").append(publicRule);
            params.add(today);
        }
        if (product != null) {
            where.append(" AND d.PRODUCT_CODE = ?");
            params.add(product);
        }
        if (named != null && named.isEmpty()) {
            where.append(" AND 1 = 0");
        } else if (named != null) {
            where.append(" AND d.PRODUCT_CODE IN ").append(named.stream().map(n -> "?")
                    .collect(Collectors.joining(",", "(", ")")));
            params.addAll(named);
        }
        if (status == DemandStatus.EXPIRED) {
            where.append(" AND (d.STATUS = 'EXPIRED' OR (d.STATUS IN ").append(OPEN).append(" AND d.NEEDED_BY < ?))");
            params.add(today);
        } else if (status != null && DemandLifecycle.OPEN.contains(status)) {
            where.append(" AND d.STATUS = ? AND d.NEEDED_BY >= ?");
            params.add(status.name());
            params.add(today);
        } else if (status != null) {
            where.append(" AND d.STATUS = ?");
            params.add(status.name());
        }
    }

    String where() {
        return where.toString();
    }

    List<Object> params() {
        return params;
    }
}
