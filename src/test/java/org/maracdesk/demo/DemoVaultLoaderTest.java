package org.maracdesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
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
import org.maracdesk.testdata.VaultSnapshot;

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
        Map<String, String> whole = vault("whole", store ->
                new DemoVaultLoader(new InstrumentRegistry()).load(store,
                        new SyntheticDataGenerator(9L, TODAY).generate(600)));
        Map<String, String> streamed = vault("streamed", store ->
                new DemoVaultLoader(new InstrumentRegistry(), 150).load(store,
                        new SyntheticDataGenerator(9L, TODAY).stream(600), 600, ProgressListener.NONE,
                        Cancellation.never(), Clock.systemUTC()));
        assertTrue(rows(whole, "MEETING_MINUTES") > 10, "closed meetings with minutes: " + whole);
        assertTrue(rows(whole, "RESEARCH_REQUEST") > 100, "research requests: " + whole);
        assertEquals(whole, streamed, "tables written differently");
    }

    /**
     * Each table's row count and digest ({@link VaultSnapshot}), but for the tables the vault's creation wrote: its
     * account, Flyway's history and the audit trail.
     */
    private Map<String, String> vault(String name, Consumer<Store> load) {
        SessionManager sessions = CliVault.sessionsFor(dir.resolve(name));
        sessions.createVault("A Coordinator", "coordinator", Role.COORDINATOR, PASS.toCharArray());
        try {
            load.accept(sessions.store());
            Map<String, String> tables = new TreeMap<>(VaultSnapshot.of(sessions.store()));
            tables.keySet().removeIf(t -> t.startsWith("flyway") || t.startsWith("AUDIT") || t.equals("ACCOUNT"));
            return tables;
        } finally {
            sessions.lock();
        }
    }

    /** The row count at the start of a snapshot's "N rows digest". */
    private static int rows(Map<String, String> tables, String table) {
        return Integer.parseInt(tables.get(table).substring(0, tables.get(table).indexOf(' ')));
    }
}
