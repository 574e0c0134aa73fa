package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.AuditReport;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.shell.MainViewModel;

/**
 * The unlock checks the audit chain from the anchor the last lock left (decision 0082), so an entry changed before it
 * is not seen there; the window's whole check after the unlock finds it and shows the warning.
 */
class AuditCheckAfterUnlockTest {
    private static final String PASS = "audit check after unlock passphrase";

    @TempDir
    Path dir;

    @Test
    void anOldEntryChangedWhileLockedIsFoundByTheWholeCheckAfterTheUnlockAndShown() throws Exception {
        Path vault = dir.resolve("vault");
        SessionManager sessions = CliVault.sessionsFor(vault);
        sessions.createVault("Coordinator", "coord", Role.COORDINATOR, PASS.toCharArray());
        AuditLog log = new AuditLog(java.time.Clock.systemUTC());
        for (int i = 1; i <= 20; i++) {
            log.append(sessions.store(), "coord", AuditAction.CASE_VIEWED, "case", String.valueOf(i), null);
        }
        sessions.lock(); // the anchor: the sign-out entry, the trail's head

        sessions.unlock("coord", PASS.toCharArray());
        assertTrue(sessions.lastAuditReport().orElseThrow().intact());
        // Changed behind MARAC Desk's back, as someone with the file and its key could.
        sessions.store().withConnection(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("update audit_entry set entity_id = '999' where seq = 5");
            }
        });
        sessions.lock();

        SessionManager next = CliVault.sessionsFor(vault);
        next.unlock("coord", PASS.toCharArray());
        try {
            AuditReport atUnlock = next.lastAuditReport().orElseThrow();
            assertTrue(atUnlock.intact(), "entry 5 is before the anchor: " + atUnlock.summary());
            MainViewModel main = new MainViewModel(next.current(), new Messages(Locale.UK), () -> { }, atUnlock);
            assertEquals("", main.auditWarningProperty().get());

            main.checkWholeTrail(new CurrentThreadTaskExecutor(), new org.maracdesk.security.VaultMaintenance(next)::verifyWholeTrail);
            String warning = main.auditWarningProperty().get();
            assertTrue(warning.contains("entry 5"), warning);
            AuditReport whole = next.lastAuditReport().orElseThrow();
            assertFalse(whole.intact());
            assertEquals(5L, whole.firstBadSeq(), "remembered for the commands that ask");
        } finally {
            next.lock();
        }
    }

    @Test
    void aChangeSinceTheLastLockIsFoundAtTheUnlockItself() throws Exception {
        Path vault = dir.resolve("vault");
        SessionManager sessions = CliVault.sessionsFor(vault);
        sessions.createVault("Coordinator", "coord", Role.COORDINATOR, PASS.toCharArray());
        sessions.lock();
        sessions.unlock("coord", PASS.toCharArray());
        long head = sessions.lastAuditReport().orElseThrow().headSeq();
        AuditLog log = new AuditLog(java.time.Clock.systemUTC());
        for (int i = 1; i <= 5; i++) {
            log.append(sessions.store(), "coord", AuditAction.CASE_VIEWED, "case", String.valueOf(i), null);
        }
        long changed = head + 3; // after the anchor: written in this session
        sessions.store().withConnection(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("update audit_entry set entity_id = '999' where seq = " + changed);
            }
        });
        // The process ends without locking (a crash): the anchor stays where the last lock left it.
        sessions.store().close();

        SessionManager next = CliVault.sessionsFor(vault);
        next.unlock("coord", PASS.toCharArray());
        try {
            AuditReport atUnlock = next.lastAuditReport().orElseThrow();
            assertFalse(atUnlock.intact());
            assertEquals(changed, atUnlock.firstBadSeq());
            MainViewModel main = new MainViewModel(next.current(), new Messages(Locale.UK), () -> { }, atUnlock);
            assertTrue(main.auditWarningProperty().get().contains("entry " + changed));
        } finally {
            next.lock();
        }
    }

    @Test
    void aCheckThatCannotRunSaysSoInsteadOfStayingSilent() {
        MainViewModel main = new MainViewModel(new org.maracdesk.security.AccountInfo("coord", "Coordinator",
                Role.COORDINATOR, null), new Messages(Locale.UK), () -> { }, null);
        main.checkWholeTrail(new CurrentThreadTaskExecutor(), () -> {
            throw new org.maracdesk.common.StoreUnavailableException("a maintenance query failed (H2 error 90030)");
        });
        String warning = main.auditWarningProperty().get();
        assertTrue(warning.contains("could not be checked") && warning.contains("StoreUnavailableException"), warning);
    }
}
