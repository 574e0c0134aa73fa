package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Existing vaults have these versions applied with these checksums: Flyway refuses to open a vault
 * whose applied scripts changed (validate on migrate), so they are frozen. Moving one to another
 * folder (as V5 moved to db/migration-h2 when PostgreSQL came) is fine as long as its bytes stay.
 * A change of schema is a new version, in db/migration if the SQL suits both databases.
 */
class AppliedMigrationsTest {
    /** Version to checksum, as recorded in vaults made before shared mode (checked on such a vault). */
    private static final Map<String, Integer> APPLIED = Map.of("1", -2046573823, "2", -1919122802,
            "3", -1023477505, "4", 1701173824, "5", -2135157425, "6", 1472701756, "7", 1719082172,
            "8", 434610519, "9", 625583353, "20", -1701990742);

    @Test
    void appliedH2ScriptsAreUnchanged() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:applied-migrations;TRACE_LEVEL_FILE=0");
        Map<String, Integer> resolved = new TreeMap<>();
        for (MigrationInfo m : Migrations.flyway(db, StoreKind.H2).info().all()) {
            if (m.getVersion() != null) {
                resolved.put(m.getVersion().getVersion(), m.getChecksum());
            }
        }
        APPLIED.forEach((version, checksum) -> assertEquals(checksum, resolved.get(version),
                "V" + version + " is applied in existing vaults and must not change"));
    }

    /** V44 was rewritten (one ALTER instead of 21) after development builds had applied it: those still open. */
    @Test
    void aVaultThatAppliedTheEarlierV44StillOpens() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:restamped-v44;DB_CLOSE_DELAY=-1;TRACE_LEVEL_FILE=0");
        Migrations.flyway(db, StoreKind.H2).migrate();
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("update \"flyway_schema_history\" set \"checksum\" = 1080921333 where \"version\" = '44'");
        }
        Migrations.flyway(db, StoreKind.H2).migrate();
        org.junit.jupiter.api.Assertions.assertTrue(Migrations.flyway(db, StoreKind.H2).validateWithResult().validationSuccessful);
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("select \"checksum\" from \"flyway_schema_history\" where \"version\" = '44'")) {
            r.next();
            assertEquals(1053922764, r.getInt(1));
        }
        // any other checksum is still refused
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("update \"flyway_schema_history\" set \"checksum\" = 7 where \"version\" = '44'");
        }
        org.junit.jupiter.api.Assertions.assertThrows(org.flywaydb.core.api.FlywayException.class,
                () -> Migrations.flyway(db, StoreKind.H2).migrate());
    }
}
