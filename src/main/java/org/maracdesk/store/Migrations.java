package org.maracdesk.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.maracdesk.common.StoreUnavailableException;

/**
 * The one Flyway history of both stores. Scripts valid on H2 and PostgreSQL alike live in
 * {@code db/migration}; a version whose SQL differs has one script of the same version in
 * {@code db/migration-h2} and one in {@code db/migration-postgresql}. The vendor folders sit beside
 * {@code db/migration}, not inside it, because Flyway searches a location's sub-folders too.
 */
public final class Migrations {
    public static final String COMMON = "classpath:db/migration";

    /** The newest version among the scripts; {@code MigrationsUpToDateTest} checks it against what Flyway finds. */
    static final int NEWEST = 62;

    private Migrations() {
    }

    /**
     * True when the history holds {@link #NEWEST} and no failed row: nothing to apply, so an opening can leave
     * Flyway's classpath scan and checksum validation out (decision 0077). Anything unexpected (no history, a
     * version that is not a whole number) answers false, and Flyway decides as before.
     */
    static boolean upToDate(DataSource dataSource) {
        String history = "select \"version\", \"success\" from \"flyway_schema_history\"";
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(history)) {
            long newest = -1;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                String version = rs.getString(1);
                if (version != null) {
                    newest = Math.max(newest, Long.parseLong(version));
                }
            }
            return newest == NEWEST;
        } catch (java.sql.SQLException | NumberFormatException e) {
            return false;
        }
    }

    /** True when scripts are waiting to be applied to this database. */
    static boolean pending(DataSource dataSource, StoreKind kind) {
        return flyway(dataSource, kind).info().pending().length > 0;
    }

    /** Applies the scripts waiting; a failure says only its kind and SQL codes, not Flyway's message. */
    static void apply(DataSource dataSource, StoreKind kind) {
        try {
            flyway(dataSource, kind).migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            // Flyway's messages can quote a failing statement; only the kind of failure travels.
            throw new StoreUnavailableException("the database schema could not be brought up to date ("
                    + e.getClass().getSimpleName() + sqlCode(e) + ")");
        }
    }

    private static String sqlCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                return ", SQLState " + sql.getSQLState() + ", error " + sql.getErrorCode();
            }
        }
        return "";
    }

    /** The locations Flyway reads for {@code kind}: the common scripts and that database's own. */
    public static String[] locations(StoreKind kind) {
        return new String[] {COMMON, "classpath:db/migration-" + kind.vendor()};
    }

    public static Flyway flyway(DataSource dataSource, StoreKind kind) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(locations(kind))
                .failOnMissingLocations(true)
                .callbacks(new RestampedMigrations(kind))
                .load();
    }
}
