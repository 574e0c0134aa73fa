package org.maracdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.store.fs.FileUtils;
import org.h2.tools.RunScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs H2's code once before a window's first unlock, so that the unlock does not run it for the first time
 * (decision 0083). In a fresh JVM the vault's opening spends most of its time in code that has never run: reading the
 * file's chunk list, parsing the SQL of every table, index and constraint, planning the first queries. Here the same
 * schema ({@link #SCHEMA}, the vault's after every migration, without data) is created in a database that exists only
 * in this process's memory, closed, opened again (as a vault is) and queried as the case list queries, then deleted;
 * then the vault file's cipher code is run over zeros in memory with a throwaway key. No case data, no vault key and no
 * file on disk are involved.
 */
public final class H2WarmUp {
    /** The schema, as H2 writes it ({@code SCRIPT NODATA}); {@code H2WarmUpTest} keeps it equal to the migrations'. */
    static final String SCHEMA = "/db/h2-warm-up.sql";
    private static final Logger LOG = LoggerFactory.getLogger(H2WarmUp.class);
    private static final AtomicBoolean DONE = new AtomicBoolean();
    /** The vault file's cipher is run over this much in memory (about as much as an unlock and first page read). */
    private static final int CIPHER_BYTES = 4 << 20;
    /** Queries of the kind the unlock and the case list's first page run, on the empty schema. */
    private static final List<String> QUERIES = List.of(
            "select \"version\", \"success\" from \"flyway_schema_history\"",
            "select generation from vault_generation where id = 1",
            "select c.id from marac_case c where c.status <> 'CLOSED' order by c.opened_on desc, c.id desc"
                    + " offset 0 rows fetch next 100 rows only",
            "select c.id, c.reference, v.given_name, v.family_name, c.district, c.opened_on, c.status"
                    + " from marac_case c join person v on v.id = c.victim_id where c.id in (1, 2, 3)",
            "select l.case_id, max(m.meeting_date) from listing l join meeting m on m.id = l.meeting_id"
                    + " where l.case_id in (1, 2, 3) group by l.case_id",
            "select count(*) from marac_case c where c.status <> 'CLOSED'");

    private H2WarmUp() {
    }

    /** The first call in this process warms up; later calls return at once. Never fails: a warm-up is only a help. */
    public static void once() {
        if (DONE.compareAndSet(false, true)) {
            long start = System.nanoTime();
            try {
                exercise();
                LOG.debug("H2 warm-up done in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (SQLException | IOException | RuntimeException e) {
                LOG.debug("H2 warm-up left out ({})", e.getClass().getSimpleName());
            }
        }
    }

    /** Creates, reopens, queries and deletes the in-memory database; fails if any step does. */
    static void exercise() throws SQLException, IOException {
        String name = "memFS:maracdesk-warm-up-" + UUID.randomUUID();
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:" + name + H2Files.SETTINGS);
        source.setUser("warm-up");
        source.setPassword("");
        try {
            try (Connection c = source.getConnection(); Reader schema = schema()) {
                RunScript.execute(c, schema);
            }
            // The last connection closed the database; this opening reads it back from its file, as an unlock does.
            try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
                for (String q : QUERIES) {
                    try (ResultSet rs = st.executeQuery(q)) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
                st.execute("SHUTDOWN");
            }
        } finally {
            FileUtils.delete(name + ".mv.db");
        }
        AesXtsChannel.exercise(CIPHER_BYTES);
    }

    private static Reader schema() throws IOException {
        InputStream in = H2WarmUp.class.getResourceAsStream(SCHEMA);
        if (in == null) {
            throw new IOException("no " + SCHEMA);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
