package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.AutoBackup;
import org.maracdesk.store.Backups;
import org.maracdesk.store.IntegrityCheck;

/**
 * The window writes its automatic backup on a thread of its own, beside the screens' reads (at 100,000 cases
 * a backup takes minutes). Reads go on while a backup holds the store; locking waits for the backup and
 * never closes the database under the copy; the backup that results is whole. A real encrypted vault.
 */
@Timeout(120)
class BackupBesideTheScreensTest {
    private static final String PASS = "backup beside the screens passphrase";
    @TempDir
    Path dir;
    private ServicesGraph graph;
    private SessionManager sessions;

    @BeforeEach
    void vault() {
        graph = new ServicesGraph(dir.resolve("vault"), Runnable::run, Clock.systemDefaultZone());
        graph.sessions().createVault("First Coordinator", "coord", Role.COORDINATOR, PASS.toCharArray());
        sessions = graph.sessions();
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    @Test
    void readsGoOnDuringABackupAndLockingWaitsForItToFinish() throws Exception {
        CountDownLatch copying = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicReference<Path> made = new AtomicReference<>();
        Thread backup = new Thread(() -> sessions.whileStoreStaysOpen(store -> {
            copying.countDown();
            await(finish);
            made.set(new AutoBackup(Clock.systemDefaultZone()).make(store, ""));
            return null;
        }), "test-backup");
        backup.start();
        copying.await();

        // a screen's read while the backup holds the store
        assertEquals(0, graph.caseQueries().countCases());

        Thread locker = new Thread(sessions::lock, "test-lock");
        locker.start();
        while (locker.getState() != Thread.State.WAITING) {
            assertTrue(locker.isAlive(), "lock returned while the backup still held the store");
            Thread.onSpinWait();
        }
        assertTrue(sessions.account().isPresent(), "still signed in while the backup is written");

        finish.countDown();
        backup.join();
        locker.join();
        assertFalse(sessions.account().isPresent(), "locked once the backup was written");
        assertThrows(StoreUnavailableException.class, sessions::store);
        Backups.Manifest manifest = Backups.readManifest(made.get());
        assertTrue(manifest.rowCounts().get("ACCOUNT") >= 1, "the manifest counts the vault's rows");
        assertEquals(List.of(made.get()), AutoBackup.list(dir.resolve("vault")).stream()
                .map(AutoBackup.BackupFile::file).toList());
    }

    @Test
    void theManifestCountsWithoutReadingEveryRowAndAgreesWithTheFullScan() {
        sessions.whileStoreStaysOpen(store -> {
            assertEquals(IntegrityCheck.rowCounts(store), IntegrityCheck.countedRows(store));
            assertEquals(IntegrityCheck.run(store).schemaVersion(), IntegrityCheck.schemaVersion(store));
            return null;
        });
    }

    @Test
    void aBackupAskedForAfterLockingFindsTheVaultLockedAndDoesNothing() {
        sessions.lock();
        assertThrows(StoreUnavailableException.class, () -> sessions.whileStoreStaysOpen(store -> store));
        assertEquals(List.of(), AutoBackup.list(dir.resolve("vault")));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
