package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.maracdesk.casework.matching.BlockingKeys;
import org.maracdesk.casework.matching.NameKeys;

/**
 * Person blocking keys version 3 (decision 0073): the {@code U:} keys (surname key of a person whose
 * date of birth is unknown) give way to {@code G:} (surname key and first-name initial) and
 * {@code V:} (the same, date of birth unknown), so a search no longer reads everyone who shares a
 * common surname's key. Computed here in Java because the phonetic key is ours, for every person
 * keyed at version 2, reading 1,000 people at a time along the primary key; people keyed earlier (or
 * never) are keyed by the application on its first search, as before. Runs as whoever migrates: the
 * vault's opener, or the administrator in {@code server upgrade}, who owns the tables (row-level
 * security does not apply).
 */
public class V61__person_keys_by_surname_and_initial extends BaseJavaMigration {
    private static final int PAGE = 1_000;
    private static final int FROM_VERSION = 2;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.executeUpdate("delete from person_blocking_key where block_key like 'U:%'");
        }
        long after = Long.MIN_VALUE;
        try (PreparedStatement page = c.prepareStatement("select p.id, p.given_name, p.family_name, p.aliases,"
                + " p.date_of_birth, pc.postcode, p.name_key_version from person p"
                + " left join person_contact pc on pc.person_id = p.id"
                + " where p.id > ? order by p.id fetch first " + PAGE + " rows only");
             PreparedStatement key = c.prepareStatement("insert into person_blocking_key (person_id, block_key)"
                     + " values (?, ?)");
             PreparedStatement done = c.prepareStatement("update person set name_key_version = " + NameKeys.VERSION
                     + " where id = ?")) {
            while (true) {
                page.setLong(1, after);
                int read = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        after = rs.getLong(1);
                        // Filtered here, not in the query: a condition on the version let H2 read every
                        // person by that index and sort them for each page.
                        if (rs.getInt(7) == FROM_VERSION && !rs.wasNull()) {
                            keyOne(rs, after, key);
                            done.setLong(1, after);
                            done.addBatch();
                        }
                    }
                }
                if (read == 0) {
                    return;
                }
                key.executeBatch();
                done.executeBatch();
            }
        }
    }

    private static void keyOne(ResultSet person, long id, PreparedStatement key) throws SQLException {
        for (String k : BlockingKeys.ofPerson(person.getString(2), person.getString(3), person.getString(4),
                person.getObject(5, LocalDate.class), person.getString(6))) {
            if (k.startsWith("G:") || k.startsWith("V:")) {
                key.setLong(1, id);
                key.setString(2, k);
                key.addBatch();
            }
        }
    }
}
