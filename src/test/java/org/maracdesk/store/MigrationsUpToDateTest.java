package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A vault whose history already holds the newest script opens without Flyway (decision 0077); any other
 * history (older, failed, missing) still goes through Flyway, which applies, backs up or refuses as before.
 */
class MigrationsUpToDateTest {
    private static JdbcDataSource database(String name) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;TRACE_LEVEL_FILE=0");
        return db;
    }

    private static void execute(JdbcDataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void theNewestVersionIsTheNewestScript() {
        for (StoreKind kind : StoreKind.values()) {
            MigrationInfo[] all = Migrations.flyway(database("newest-" + kind), kind).info().all();
            String newest = all[all.length - 1].getVersion().getVersion();
            assertEquals(String.valueOf(Migrations.NEWEST), newest,
                    "a script was added: set Migrations.NEWEST to its version");
        }
    }

    @Test
    void onlyACompleteHistoryIsUpToDate() throws Exception {
        JdbcDataSource db = database("up-to-date");
        assertFalse(Migrations.upToDate(db), "no history yet");
        Migrations.flyway(db, StoreKind.H2).migrate();
        assertTrue(Migrations.upToDate(db));

        execute(db, "update \"flyway_schema_history\" set \"success\" = false where \"version\" = '7'");
        assertFalse(Migrations.upToDate(db), "a failed script");
        execute(db, "update \"flyway_schema_history\" set \"success\" = true where \"version\" = '7'");

        execute(db, "delete from \"flyway_schema_history\" where \"version\" = '" + Migrations.NEWEST + "'");
        assertFalse(Migrations.upToDate(db), "the newest script not applied");
    }
}
