package coop.harvest.platform;

import java.util.Locale;

/**
 * The two databases the application runs on. Everything it sends is portable SQL; only a few migrations
 * ({@code db/postgres/}) and connection settings differ, and this says which set applies.
 */
public enum Dialect {
    DERBY("Derby", ""),
    POSTGRES("PostgreSQL", "postgres/");

    private final String eclipseLinkPlatform;
    private final String migrationFolder;

    Dialect(String eclipseLinkPlatform, String migrationFolder) {
        this.eclipseLinkPlatform = eclipseLinkPlatform;
        this.migrationFolder = migrationFolder;
    }

    /** The dialect of a JDBC URL: PostgreSQL for {@code jdbc:postgresql:}, Derby for everything else. */
    public static Dialect ofUrl(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:") ? POSTGRES : DERBY;
    }

    /** The dialect of a database by its product name (JDBC metadata). */
    public static Dialect ofProduct(String productName) {
        return productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRES : DERBY;
    }

    /** The dialect the configured {@code HARVEST_DB_URL} (or its embedded Derby default) names. */
    public static Dialect configured() {
        return ofUrl(Settings.get("HARVEST_DB_URL", null));
    }

    /** EclipseLink's {@code eclipselink.target-database} name of this database. */
    public String eclipseLinkPlatform() {
        return eclipseLinkPlatform;
    }

    /**
     * Whether an {@code UPDATE} can answer columns of the rows it changed ({@code RETURNING}, one round trip instead of
     * an update and a read): PostgreSQL can, Derby cannot.
     */
    public boolean updateReturning() {
        return this == POSTGRES;
    }

    /** Folder under {@code db/} whose scripts replace the portable ones of the same name ("" for none). */
    public String migrationFolder() {
        return migrationFolder;
    }
}
