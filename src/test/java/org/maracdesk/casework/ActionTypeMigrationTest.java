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
 * V33 gives every action a type on both stores: actions agreed before types existed become Other with their
 * wording, agency, due date and status as they were; the seeded list holds the types a MARAC reports on.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ActionTypeMigrationTest {
    private final StoreKind kind;
    @TempDir
    Path dir;

    ActionTypeMigrationTest(StoreKind kind) {
        this.kind = kind;
    }

    @Test
    void existingActionsBecomeOtherWithNothingLost() throws Exception {
        DataSource db = MigrationDatabases.fresh(kind, dir);
        Flyway.configure().dataSource(db).locations(Migrations.locations(kind)).target("29").load().migrate();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into person (id, given_name, family_name, disabled, lgbt, interpreter_needed, version)"
                    + " values (1, 'Hanna', 'Vale', false, false, false, 0)");
            st.execute("insert into marac_case (id, reference, victim_id, status, opened_on, version)"
                    + " values (1, 'WYV-1', 1, 'OPEN', date '2026-01-05', 0)");
            st.execute("insert into action_item (id, case_id, agency_code, target, description, due_date, status,"
                    + " version, carried_forward_count) values"
                    + " (1, 1, 'police', 'VICTIM', 'Flag the address for an urgent response', date '2026-02-01', 'OPEN', 0, 0),"
                    + " (2, 1, 'education', 'CHILD', 'Tell the school', null, 'DONE', 3, 0)");
        }
        Flyway.configure().dataSource(db).locations(Migrations.locations(kind)).load().migrate();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            assertEquals(List.of("1|OTHER|police|Flag the address for an urgent response|2026-02-01|OPEN|0",
                    "2|OTHER|education|Tell the school|-|DONE|3"),
                    strings(st, "select id || '|' || type_code || '|' || agency_code || '|' || description || '|'"
                            + " || coalesce(cast(due_date as varchar(10)), '-') || '|' || status || '|' || version"
                            + " from action_item order by id"));
            assertEquals(List.of("SAFEGUARDING_REFERRAL|NONE", "OPERATION_ENCOMPASS|SCHOOL_AND_DATE",
                    "FLAG_AND_TAG|NONE", "TARGET_HARDENING|NONE", "HOUSING_MOVE|NONE", "CIVIL_ORDER|ORDER_AND_DATE",
                    "DVDS_DISCLOSURE|DATE", "OTHER|NONE"),
                    strings(st, "select code || '|' || details from action_type order by sort_order"));
            assertEquals(List.of("0"), strings(st, "select cast(count(*) as varchar(10)) from action_item"
                    + " where detail_text is not null or detail_date is not null"));
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
