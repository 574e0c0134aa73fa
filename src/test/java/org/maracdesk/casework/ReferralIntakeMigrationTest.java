package org.maracdesk.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.store.Migrations;
import org.maracdesk.store.StoreKind;

/** V2 carries referrals written under V1 across: flags become rows, a transfer becomes its own field. */
class ReferralIntakeMigrationTest {
    private static final String[] H2_SCRIPTS = Migrations.locations(StoreKind.H2);
    @TempDir
    Path dir;

    @Test
    void v1ReferralsKeepTheirFlagsTransferAndVictim() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:" + dir.resolve("m").toAbsolutePath() + ";TRACE_LEVEL_FILE=0");
        Flyway.configure().dataSource(db).locations(H2_SCRIPTS).target("1").load().migrate();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into person (id, given_name, family_name, disabled, lgbt, interpreter_needed, version)"
                    + " values (1, 'Hanna', 'Vale', false, false, false, 0)");
            st.execute("insert into marac_case (id, reference, victim_id, status, opened_on, version)"
                    + " values (1, 'MD-2025-00001', 1, 'OPEN', date '2025-01-02', 0)");
            st.execute("insert into referral (id, case_id, referral_date, referring_agency, instrument_id,"
                    + " instrument_version, answers, flags, status, version) values (1, 1, date '2025-01-02', 'police',"
                    + " 'dash-24', '1', '{}', 'PETS,RURAL,TRANSFER_IN', 'ACCEPTED', 0),"
                    + " (2, 1, date '2025-02-02', 'police', 'dash-24', '1', '{}', 'CAPVA', 'ACCEPTED', 0),"
                    + " (3, 1, date '2025-03-02', 'police', 'dash-24', '1', '{}', null, 'ACCEPTED', 0)");
        }
        Flyway.configure().dataSource(db).locations(H2_SCRIPTS).load().migrate();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            assertEquals(List.of("1 PETS", "1 RURAL", "2 CAPVA"),
                    strings(st, "select referral_id || ' ' || flag from referral_flag order by 1"));
            assertEquals(List.of("1 TRUE 1", "2 FALSE 1", "3 FALSE 1"),
                    strings(st, "select id || ' ' || transfer_in || ' ' || victim_id from referral order by id"));
            assertTrue(strings(st, "select column_name from information_schema.columns where table_name = 'REFERRAL'")
                    .contains("REPEAT_REFERRAL"));
            assertFalse(strings(st, "select column_name from information_schema.columns where table_name = 'REFERRAL'")
                    .contains("FLAGS"), "the comma-separated column is gone");
        }
    }

    private static List<String> strings(Statement st, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
