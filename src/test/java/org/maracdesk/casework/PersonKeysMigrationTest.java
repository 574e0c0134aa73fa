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
 * V61 (decision 0073), a Java migration, re-keys on both stores everyone keyed at version 2: their {@code U:}
 * keys go, {@code G:} (surname key and initial) and {@code V:} (the same, date of birth unknown) come, exactly as
 * the application computes them; a person never keyed is left for the application. Invented names.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PersonKeysMigrationTest {
    private final StoreKind kind;
    @TempDir
    Path dir;

    PersonKeysMigrationTest(StoreKind kind) {
        this.kind = kind;
    }

    @Test
    void theUpgradeGivesEveryKeyedPersonTheirSurnameAndInitialKeys() throws Exception {
        DataSource db = MigrationDatabases.fresh(kind, dir);
        Flyway.configure().dataSource(db).locations(Migrations.locations(kind)).target("60").load().migrate();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into person (id, given_name, family_name, aliases, date_of_birth, disabled, lgbt,"
                    + " interpreter_needed, version, name_key_version) values"
                    + " (1, 'Hanna', 'Vale', null, date '1990-04-07', false, false, false, 0, 2),"
                    + " (2, 'Catherine', 'Thomsen', 'Cath Oxenby', null, false, false, false, 0, 2),"
                    + " (3, 'Ioana', 'Maric', null, null, false, false, false, 0, null)");
            st.execute("insert into person_contact (person_id, postcode) values (1, 'QK2 4NB')");
            st.execute("insert into person_blocking_key (person_id, block_key) values (1, 'N:F400'), (1, 'D:1990-04-07'),"
                    + " (1, 'P:QK24NB'), (2, 'N:T525'), (2, 'U:T525'), (2, 'N:A251'), (2, 'U:A251')");
        }
        Flyway.configure().dataSource(db).locations(Migrations.locations(kind)).load().migrate();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            assertEquals(List.of("D:1990-04-07", "G:F400H", "N:F400", "P:QK24NB"), keys(st, 1));
            assertEquals(List.of("G:A251K", "G:T525K", "N:A251", "N:T525", "V:A251K", "V:T525K"), keys(st, 2));
            assertEquals(List.of(), keys(st, 3), "never keyed: the application keys it on first search");
            assertEquals(List.of("3", "3", "null"), strings(st, "select cast(name_key_version as varchar(3))"
                    + " from person order by id"));
        }
    }

    private static List<String> keys(Statement st, long person) throws Exception {
        return strings(st, "select block_key from person_blocking_key where person_id = " + person
                + " order by block_key");
    }

    private static List<String> strings(Statement st, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(String.valueOf(rs.getString(1)));
            }
        }
        return out;
    }
}
