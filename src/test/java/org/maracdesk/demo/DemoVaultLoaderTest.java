package org.maracdesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.Store;

/**
 * Streaming a demo vault (a transaction per slice of referrals and per meeting) writes exactly what loading the same
 * seed in one transaction writes: every row of every table the loader fills, ids and versions included.
 */
class DemoVaultLoaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String PASS = "demo loader passphrase";

    @TempDir
    Path dir;

    @Test
    void streamingWritesWhatOneTransactionWrites() {
        Map<String, List<String>> whole = vault("whole", store ->
                new DemoVaultLoader(new InstrumentRegistry()).load(store,
                        new SyntheticDataGenerator(9L, TODAY).generate(600)));
        Map<String, List<String>> streamed = vault("streamed", store ->
                new DemoVaultLoader(new InstrumentRegistry(), 150).load(store,
                        new SyntheticDataGenerator(9L, TODAY).stream(600), 600, ProgressListener.NONE,
                        Cancellation.never(), Clock.systemUTC()));
        assertTrue(whole.get("MEETING_MINUTES").size() > 10, "closed meetings with minutes: " + whole.keySet());
        assertTrue(whole.get("RESEARCH_REQUEST").size() > 100, "research requests");
        assertEquals(whole.keySet(), streamed.keySet());
        List<String> differ = whole.keySet().stream().filter(t -> !whole.get(t).equals(streamed.get(t))).toList();
        assertEquals(List.of(), differ, "tables written differently");
    }

    private Map<String, List<String>> vault(String name, java.util.function.Consumer<Store> load) {
        SessionManager sessions = CliVault.sessionsFor(dir.resolve(name));
        sessions.createVault("A Coordinator", "coordinator", Role.COORDINATOR, PASS.toCharArray());
        try {
            load.accept(sessions.store());
            return sessions.store().withConnection(DemoVaultLoaderTest::rows);
        } finally {
            sessions.lock();
        }
    }

    /** Every row of every table but those the vault's creation wrote (its account, Flyway's history, the audit trail). */
    private static Map<String, List<String>> rows(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select table_name from"
                + " information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        for (String t : tables) {
            if (t.startsWith("flyway") || t.startsWith("AUDIT") || t.equals("ACCOUNT")) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from \"" + t + "\"")) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            out.put(t, rows);
        }
        return out;
    }
}
