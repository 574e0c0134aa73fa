package org.maracdesk.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * V27 moves a person's address and contact details into {@code person_contact} on both stores: every value
 * carried across, no row for a person with none, and the columns gone from {@code person}.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PersonContactMigrationTest {
    private final StoreKind kind;
    @TempDir
    Path dir;

    PersonContactMigrationTest(StoreKind kind) {
        this.kind = kind;
    }

    @Test
    void addressesAndContactDetailsMoveToTheirOwnTable() throws Exception {
        DataSource db = MigrationDatabases.fresh(kind, dir);
        Flyway.configure().dataSource(db).locations(Migrations.locations(kind)).target("23").load().migrate();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into person (id, given_name, family_name, disabled, lgbt, interpreter_needed, version,"
                    + " address_line1, town, postcode, phone, safe_to_call, safe_times) values"
                    + " (1, 'Hanna', 'Vale', false, false, false, 0, '3 Quarry Close', 'Wyvernbury', 'QB3 9XY',"
                    + " '07700 900111', true, 'mornings'),"
                    + " (2, 'Owen', 'Tarrant', false, false, false, 0, null, null, null, null, null, null)");
        }
        Flyway.configure().dataSource(db).locations(Migrations.locations(kind)).load().migrate();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            assertEquals(List.of("1|3 Quarry Close|Wyvernbury|QB3 9XY|07700 900111|mornings"),
                    strings(st, "select person_id || '|' || address_line1 || '|' || town || '|' || postcode || '|'"
                            + " || phone || '|' || safe_times from person_contact order by person_id"));
            List<String> columns = strings(st, "select lower(column_name) from information_schema.columns"
                    + " where lower(table_name) = 'person'");
            for (String gone : List.of("address_line1", "town", "postcode", "phone", "email", "safe_to_call",
                    "safe_times", "safe_contact")) {
                assertFalse(columns.contains(gone), gone + " is no longer a column of person");
            }
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
