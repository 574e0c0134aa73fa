package org.maracdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.common.WrongCredentialsException;

/** The unlock back-off survives a restart: failures are kept beside the vault and audited at the next unlock. */
class UnlockAttemptsTest {
    private static final String PASS = "unlock attempts passphrase";
    @TempDir
    Path dir;

    @Test
    void failuresSurviveANewSessionManagerAndAreAuditedThenCleared() throws Exception {
        Path vault = dir.resolve("vault");
        SessionManager first = CliVault.sessionsFor(vault);
        first.createVault("Coordinator", "coord", Role.COORDINATOR, PASS.toCharArray());
        first.lock();
        for (int i = 0; i < 3; i++) {
            assertThrows(WrongCredentialsException.class,
                    () -> CliVault.sessionsFor(vault).unlock("coord", "not the passphrase at all".toCharArray()));
        }
        SessionManager restarted = CliVault.sessionsFor(vault);
        UnlockAttempts kept = new VaultMaintenance(restarted).unlockAttempts();
        assertEquals(3, kept.failures(), "counted across three separate session managers (restarts)");
        Clock justAfter = Clock.fixed(kept.lastFailure().plusSeconds(1), ZoneOffset.UTC);
        assertEquals(Duration.ofSeconds(3), kept.remainingWait(justAfter), "after 3 failures the wait is 4 s");
        UnlockThrottle throttle = new UnlockThrottle(justAfter);
        throttle.resumeFrom(kept);
        assertEquals(Duration.ofSeconds(3), throttle.remainingWait(), "the unlock screen carries on the same wait");

        restarted.unlock("coord", PASS.toCharArray());
        long audited = restarted.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.action = :a and e.entityId = '3'", Long.class).setParameter("a", AuditAction.UNLOCK_FAILED)
                .getSingleResult());
        assertEquals(1L, audited, "the three failures are in the audit trail");
        restarted.lock();
        assertEquals(0, UnlockAttempts.read(vault).failures());
        assertFalse(Files.exists(vault.resolve(UnlockAttempts.FILE)));
        assertTrue(Instant.EPOCH.equals(UnlockAttempts.read(vault).lastFailure()));
    }
}
