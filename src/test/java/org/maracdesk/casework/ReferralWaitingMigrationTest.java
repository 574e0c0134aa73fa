package org.maracdesk.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.store.Migrations;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.MigrationDatabases;

/**
 * V56 (decision 0064) starts the {@code referral_waiting} marker on a vault or server that already holds referrals:
 * an upgraded store marks exactly the accepted referrals with no listing, or listed only on a cancelled meeting,
 * and the triggers keep it so after the upgrade.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReferralWaitingMigrationTest {
    private final StoreKind kind;
    @TempDir
    Path dir;

    ReferralWaitingMigrationTest(StoreKind kind) {
        this.kind = kind;
    }

    @Test
    void theUpgradeMarksTheAcceptedReferralsNotYetListedAndTheTriggersCarryOn() throws Exception {
        DataSource db = MigrationDatabases.fresh(kind, dir);
        Flyway.configure().dataSource(db).locations(Migrations.locations(kind)).target("55").load().migrate();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into person (id, given_name, family_name, disabled, lgbt, interpreter_needed, version)"
                    + " values (1, 'Hanna', 'Vale', false, false, false, 0)");
            st.execute("insert into marac_case (id, reference, victim_id, status, opened_on, version, district)"
                    + " values (1, 'MIG-1', 1, 'OPEN', date '2026-01-05', 0, 'Northbridge')");
            st.execute("insert into meeting (id, meeting_date, district, is_virtual, cut_off, status, version)"
                    + " values (1, date '2026-02-01', 'Northbridge', false, date '2026-01-25', 'SCHEDULED', 0),"
                    + " (2, date '2026-03-01', 'Northbridge', false, date '2026-02-22', 'CANCELLED', 0)");
            // 1 accepted, never listed; 2 accepted and listed; 3 accepted, listed only on a cancelled meeting;
            // 4 still a draft; 5 declined.
            st.execute("insert into referral (id, case_id, victim_id, referral_date, referring_agency, instrument_id,"
                    + " instrument_version, answers, status, version) values"
                    + " (1, 1, 1, date '2026-01-02', 'police', 'dash-24', '1', '{}', 'ACCEPTED', 0),"
                    + " (2, 1, 1, date '2026-01-03', 'police', 'dash-24', '1', '{}', 'ACCEPTED', 0),"
                    + " (3, 1, 1, date '2026-01-04', 'police', 'dash-24', '1', '{}', 'ACCEPTED', 0),"
                    + " (4, 1, 1, date '2026-01-05', 'police', 'dash-24', '1', '{}', 'DRAFT', 0),"
                    + " (5, 1, 1, date '2026-01-06', 'police', 'dash-24', '1', '{}', 'DECLINED', 0)");
            st.execute("insert into listing (id, meeting_id, case_id, referral_id, agenda_order, repeat_listing, version)"
                    + " values (11, 1, 1, 2, 1, false, 0), (12, 2, 1, 3, 1, false, 0)");
        }
        Flyway.configure().dataSource(db).locations(Migrations.locations(kind)).load().migrate();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            assertEquals(List.of("1", "3"), strings(st, waiting()), "marked by the upgrade");
            st.execute("update meeting set status = 'SCHEDULED' where id = 2");
            st.execute("update referral set status = 'ACCEPTED' where id = 4");
            assertEquals(List.of("1", "4"), strings(st, waiting()), "kept by the triggers afterwards");
        }
    }

    private static String waiting() {
        return "select cast(referral_id as varchar(10)) from referral_waiting order by referral_id";
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
