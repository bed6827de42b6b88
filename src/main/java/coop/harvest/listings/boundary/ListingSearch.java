package coop.harvest.listings.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Certifications;
import coop.harvest.vocabulary.Grade;
import coop.harvest.listings.control.ListingLifecycle;
import coop.harvest.listings.control.SearchText;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The SQL of a listing search: visibility by role first, then the filters, with the expiry rule applied so that a
 * listing past its last day is found as EXPIRED, never as ACTIVE. Every value is a bound parameter; enum names are
 * the only literals.
 */
final class ListingSearch {

    /**
     * Up to this many suspended cooperatives are excluded by their ids, tested on the listing index's own
     * COOPERATIVE_ID, so that the page and the count read that index alone; past it the search joins each matching
     * listing's cooperative (another component's table, read once per row scanned).
     */
    static final int SUSPENDED_BY_ID = 200;

    private static final String LISTINGS = " FROM LISTING l";

    private static final String WITH_COOPERATIVES = LISTINGS + " JOIN COOPERATIVE c ON c.ID = l.COOPERATIVE_ID";

    private String from = LISTINGS;
    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> params = new ArrayList<>();
    private final Date today;

    private final Function<String, Set<String>> productsNamed;

    /**
     * {@code productsNamed}: the codes of the products a search word names (catalog's name, code and aliases);
     * {@code suspended}: the suspended cooperatives' ids, or empty when there are more than {@link #SUSPENDED_BY_ID}
     * (asked only when the caller is not staff).
     */
    ListingSearch(ListingQuery query, Optional<Caller> caller, LocalDate today,
                  Function<String, Set<String>> productsNamed, Supplier<Optional<List<Long>>> suspended) {
        this.today = Date.valueOf(today);
        this.productsNamed = productsNamed;
        visibility(caller, suspended);
        filters(query);
    }

    /** The FROM clause, with the cooperatives joined only when too many are suspended to list. */
    String from() {
        return from;
    }

    String where() {
        return where.toString();
    }

    List<Object> params() {
        return params;
    }

    /** The columns {@link #orderBy} sorts on besides the id (Derby wants them in the select list). */
    static String sortColumns(ListingQuery.Sort sort) {
        return sort == ListingQuery.Sort.PRICE ? ", l.UNIT_PRICE, l.CREATED_AT" : ", l.CREATED_AT";
    }

    static String orderBy(ListingQuery.Sort sort) {
        return sort == ListingQuery.Sort.PRICE ? " ORDER BY l.UNIT_PRICE, l.CREATED_AT, l.ID"
                : " ORDER BY l.CREATED_AT DESC, l.ID DESC";
    }

    private void visibility(Optional<Caller> caller, Supplier<Optional<List<Long>>> suspended) {
        if (caller.map(Caller::isStaff).orElse(false)) {
            return;
        }
        Long own = caller.map(Caller::cooperativeId).orElse(null);
        if (own == null) {
            where.append(" AND (");
        } else {
            where.append(" AND (l.COOPERATIVE_ID = ? OR (");
            params.add(own);
        }
        Optional<List<Long>> ids = suspended.get();
        if (ids.isEmpty()) {
            from = WITH_COOPERATIVES;
            where.append("c.SUSPENDED = FALSE AND ");
        } else if (!ids.get().isEmpty()) {
            where.append("l.COOPERATIVE_ID NOT IN ").append(ids.get().stream().map(id -> "?")
                    .collect(Collectors.joining(",", "(", ")"))).append(" AND ");
            params.addAll(ids.get());
        }
        where.append("l.STATUS IN ").append(names(ListingLifecycle.PUBLIC.stream().toList()))
                .append(" AND l.AVAILABLE_UNTIL >= ?)");
        params.add(today);
        if (own != null) {
            where.append(')');
        }
    }

    private void filters(ListingQuery q) {
        add(q.product(), "l.PRODUCT_CODE = ?");
        add(q.county(), "l.COUNTY = ?");
        add(q.maxPrice(), "l.UNIT_PRICE <= ?");
        add(q.cooperativeId(), "l.COOPERATIVE_ID = ?");
        if (q.certifications() != null) {
            for (Certification certification : q.certifications()) {
                where.append(" AND l.").append(Certifications.column(certification)).append(" = TRUE");
            }
        }
        if (q.minGrade() != null) {
            where.append(" AND l.GRADE IN ").append(names(Grade.atLeast(q.minGrade())));
        }
        for (String word : SearchText.words(q.q())) {
            // a word finds the listings whose text has it, and those of the products it names (an alias: 葡萄 → grape)
            where.append(" AND (l.SEARCH_TEXT LIKE ? ESCAPE '").append(SearchText.ESCAPE).append('\'');
            params.add(SearchText.pattern(word));
            Set<String> products = productsNamed.apply(word);
            if (!products.isEmpty()) {
                where.append(" OR l.PRODUCT_CODE IN ").append(products.stream().map(p -> "?")
                        .collect(Collectors.joining(",", "(", ")")));
                params.addAll(products);
            }
            where.append(')');
        }
        if (q.status() != null) {
            status(q.status());
        }
    }

    private void status(ListingStatus status) {
        String expiring = names(ListingLifecycle.EXPIRING.stream().toList());
        if (status == ListingStatus.EXPIRED) {
            where.append(" AND (l.STATUS = 'EXPIRED' OR (l.STATUS IN ").append(expiring)
                    .append(" AND l.AVAILABLE_UNTIL < ?))");
            params.add(today);
        } else if (ListingLifecycle.EXPIRING.contains(status)) {
            where.append(" AND l.STATUS = ? AND l.AVAILABLE_UNTIL >= ?");
            params.add(status.name());
            params.add(today);
        } else {
            add(status.name(), "l.STATUS = ?");
        }
    }

    private void add(Object value, String condition) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.add(value);
        }
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(v -> "'" + v.name() + "'").collect(Collectors.joining(",", "(", ")"));
    }
}
