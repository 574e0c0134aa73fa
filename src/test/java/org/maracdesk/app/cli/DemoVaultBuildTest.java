package org.maracdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.IntegrityCheck;
import org.maracdesk.store.TestVaults;

/** The demo vault is made all or nothing: through a temporary folder, checked, then renamed. */
class DemoVaultBuildTest {
    private static final String PASS = "demo build passphrase for tests";

    @TempDir
    Path parent;

    private static List<Path> contents(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void cancellingDuringGenerationLeavesNoFolderBehind() throws Exception {
        Cancellation cancellation = new Cancellation();
        AtomicInteger calls = new AtomicInteger();
        ProgressListener cancelAfterFirstChunk = (done, total, left) -> {
            calls.incrementAndGet();
            cancellation.cancel();
        };
        CliException e = assertThrows(CliException.class, () -> DemoCommand.build(parent.resolve("demo"), 7L, 60, 20,
                cancelAfterFirstChunk, cancellation, PASS.toCharArray()));
        assertEquals(ExitCodes.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
        assertEquals(1, calls.get(), "the load stopped at the next chunk");
        assertEquals(List.of(), contents(parent), "nothing is left behind");
    }

    @Test
    void aFailureMidWayLeavesNoFolderBehindAndSaysSoInOneLine() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ProgressListener failOnSecondChunk = (done, total, left) -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("disk full (simulated)");
            }
        };
        CliException e = assertThrows(CliException.class, () -> DemoCommand.build(parent.resolve("demo"), 7L, 60, 20,
                failOnSecondChunk, Cancellation.never(), PASS.toCharArray()));
        assertEquals(ExitCodes.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("nothing was left behind"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertEquals(List.of(), contents(parent), "nothing is left behind");
    }

    @Test
    void aVaultOfAFewThousandCasesOpensReadsCleanAndItsAuditTrailVerifies() throws Exception {
        Path dir = parent.resolve("demo");
        AtomicInteger lines = new AtomicInteger();
        DemoVaultBuild.Made made = DemoCommand.build(dir, 11L, 2_000, 500, (done, total, left) -> {
            assertEquals(2_000, total);
            lines.incrementAndGet();
        }, Cancellation.never(), PASS.toCharArray());
        assertTrue(made.loaded().cases() >= 2_000, "cases: " + made.loaded().cases());
        assertTrue(lines.get() >= 3, "progress after every chunk");
        assertEquals(List.of(dir), contents(parent), "only the vault itself, no temporary folder");

        SessionManager sessions = CliVault.sessionsFor(dir);
        sessions.unlock(DemoCommand.DEMO_USER, PASS.toCharArray());
        try {
            assertTrue(sessions.lastAuditReport().orElseThrow().intact());
            assertTrue(new org.maracdesk.security.VaultMaintenance(sessions).verifyAudit().intact());
            assertTrue(IntegrityCheck.run(sessions.store()).rows() > 2_000);
            java.util.Map<String, Long> counts = new java.util.TreeMap<>();
            IntegrityCheck.rowCounts(sessions.store()).forEach((t, n) -> counts.put(t.toLowerCase(java.util.Locale.ROOT), n));
            assertEquals((long) made.loaded().cases(), counts.get("marac_case"), counts.toString());
            assertEquals((long) made.loaded().actions(), counts.get("action_item"), counts.toString());
            long closed = sessions.store().read(s -> s.createSelectionQuery(
                    "select count(m) from Meeting m where m.status = org.maracdesk.casework.MeetingStatus.CLOSED",
                    Long.class).getSingleResult());
            assertTrue(closed > 0);
            assertEquals(closed, counts.get("meeting_minutes"), "one minutes record per closed meeting");
            // The indexes of people dropped for the load (decision 0081) are all back, as in a new vault.
            try (org.maracdesk.store.Store fresh = TestVaults.create(parent.resolve("fresh"), "coordinator",
                    PASS)) {
                assertEquals(TestVaults.indexes(fresh), TestVaults.indexes(sessions.store()));
            }
        } finally {
            sessions.lock();
        }
    }

    @Test
    void anExistingVaultIsRefusedAndLeftAlone() throws Exception {
        Path dir = parent.resolve("demo");
        DemoCommand.build(dir, 3L, 5, 20, ProgressListener.NONE, Cancellation.never(), PASS.toCharArray());
        List<Path> before = contents(dir);
        CliException e = assertThrows(CliException.class, () -> DemoCommand.build(dir, 3L, 5, 20,
                ProgressListener.NONE, Cancellation.never(), PASS.toCharArray()));
        assertEquals(ExitCodes.VAULT_PROBLEM, e.exitCode());
        assertEquals(before, contents(dir));
        assertEquals(List.of(dir), contents(parent));
    }
}
