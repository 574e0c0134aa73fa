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
 * V31 turns the free-text "crimes disclosed" of each listing into an entry on both stores: the whole
 * text carried across (long text too), marked as moved from free text, none for a blank field, and
 * the listing keeps its own copy, so nothing is lost.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class CrimesMigrationTest {
    private final StoreKind kind;
    @TempDir
    Path dir;

    CrimesMigrationTest(StoreKind kind) {
        this.kind = kind;
    }

    @Test
    void freeTextCrimesBecomeEntriesAndTheFreeTextStays() throws Exception {
        DataSource db = MigrationDatabases.fresh(kind, dir);
        Flyway.configure().dataSource(db).locations(Migrations.locations(kind)).target("29").load().migrate();
        String longText = "Criminal damage to the front door; threats by text message. ".repeat(200);
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into person (id, given_name, family_name, disabled, lgbt, interpreter_needed, version)"
                    + " values (1, 'Hanna', 'Vale', false, false, false, 0)");
            st.execute("insert into marac_case (id, reference, victim_id, status, opened_on, version, district)"
                    + " values (1, 'MIG-1', 1, 'OPEN', date '2026-01-05', 0, 'Northbridge')");
            st.execute("insert into meeting (id, meeting_date, district, is_virtual, cut_off, status, version)"
                    + " values (1, date '2026-02-01', 'Northbridge', false, date '2026-01-25', 'CLOSED', 0),"
                    + " (2, date '2026-03-01', 'Northbridge', false, date '2026-02-22', 'CLOSED', 0),"
                    + " (3, date '2026-04-01', 'Northbridge', false, date '2026-03-25', 'CLOSED', 0)");
            st.execute("insert into listing (id, meeting_id, case_id, agenda_order, repeat_listing, version,"
                    + " crimes_disclosed) values (11, 1, 1, 1, false, 0, '" + longText + "'),"
                    + " (12, 2, 1, 1, true, 0, '   '), (13, 3, 1, 1, true, 0, null)");
        }
        Flyway.configure().dataSource(db).locations(Migrations.locations(kind)).load().migrate();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            assertEquals(List.of("11|1|1|moved|migration"), strings(st, "select listing_id || '|' || case_id || '|'"
                    + " || meeting_id || '|' || case when from_free_text then 'moved' else 'typed' end || '|'"
                    + " || created_by from crime_disclosed"));
            assertEquals(List.of(longText), strings(st, "select description from crime_disclosed"),
                    "the whole text, not cut");
            assertEquals(List.of(longText), strings(st, "select crimes_disclosed from listing where id = 11"),
                    "the listing keeps its copy");
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
