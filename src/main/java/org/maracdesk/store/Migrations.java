package org.maracdesk.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The one Flyway history of both stores. Scripts valid on H2 and PostgreSQL alike live in
 * {@code db/migration}; a version whose SQL differs has one script of the same version in
 * {@code db/migration-h2} and one in {@code db/migration-postgresql}. The vendor folders sit beside
 * {@code db/migration}, not inside it, because Flyway searches a location's sub-folders too.
 */
public final class Migrations {
    public static final String COMMON = "classpath:db/migration";

    private Migrations() {
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
