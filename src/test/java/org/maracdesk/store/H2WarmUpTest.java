package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.store.fs.FileUtils;
import org.junit.jupiter.api.Test;

/**
 * The window's H2 warm-up (decision 0083) creates the vault's own schema, and runs through without an error: a
 * warm-up that failed would be left out without a word, so a stale schema or a query the schema no longer answers
 * must fail here instead.
 */
class H2WarmUpTest {
    private static final String HEADER = "-- The schema of a vault after every migration, as H2 writes it (SCRIPT"
            + " NODATA), for H2WarmUp only:\n-- never applied to a vault. H2WarmUpTest writes the current one to"
            + " target/h2-warm-up.sql.\n";

    /** The script of a new database after every H2 migration, without its user, comments and trailing blanks. */
    static String migratedSchema() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        String file = "memFS:warm-up-schema-" + java.util.UUID.randomUUID();
        db.setURL("jdbc:h2:" + file + H2Files.SETTINGS);
        Migrations.apply(db, StoreKind.H2);
        StringBuilder out = new StringBuilder(HEADER);
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
            while (rs.next()) {
                String line = rs.getString(1).strip();
                if (!line.startsWith("--") && !line.startsWith("CREATE USER") && !line.equals(";")) {
                    out.append(line).append('\n');
                }
            }
            st.execute("SHUTDOWN");
        } finally {
            FileUtils.delete(file + ".mv.db");
        }
        return out.toString();
    }

    @Test
    void theWarmUpSchemaIsTheMigratedOne() throws Exception {
        String expected = migratedSchema();
        String actual;
        try (InputStream in = H2WarmUp.class.getResourceAsStream(H2WarmUp.SCHEMA)) {
            actual = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(actual)) {
            Path current = Path.of("target", "h2-warm-up.sql");
            Files.writeString(current, expected);
            assertTrue(false, "the migrations changed the schema: copy " + current.toAbsolutePath()
                    + " to src/main/resources" + H2WarmUp.SCHEMA);
        }
    }

    @Test
    void theWarmUpRunsThroughAndLeavesNoDatabase() throws Exception {
        H2WarmUp.exercise();
        List<String> left = new ArrayList<>();
        for (String f : FileUtils.newDirectoryStream("memFS:")) {
            if (f.contains("maracdesk-warm-up")) {
                left.add(f);
            }
        }
        assertTrue(left.isEmpty(), "the warm-up left " + left);
    }

    @Test
    void aWarmUpOnlyRunsOnceAndNeverThrows() {
        H2WarmUp.once();
        H2WarmUp.once();
        assertFalse(FileUtils.exists("memFS:maracdesk-warm-up"));
    }
}
