package org.maracdesk.app.cli;

import java.security.SecureRandom;
import java.time.Clock;
import org.maracdesk.app.common.PersistenceUnits;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.Vault;
import org.maracdesk.common.WrongCredentialsException;

/** Opens a vault for a command, translating failures into one-line messages and exit codes. */
public final class CliVault {
    private CliVault() {
    }

    public static SessionManager sessionsFor(java.nio.file.Path dir) {
        return new SessionManager(dir, new Vault(new SecureRandom()), PersistenceUnits.all(), Runnable::run,
                new AccountService(Clock.systemUTC()), new org.maracdesk.security.AuditLog(Clock.systemUTC()));
    }

    /** Unlocks with the options' passphrase; the caller locks the returned session when done. */
    public static SessionManager open(VaultOptions options) {
        SessionManager sessions = sessionsFor(options.vault);
        if (!sessions.vaultExists()) {
            throw new CliException(ExitCodes.VAULT_PROBLEM, "there is no vault in " + options.vault);
        }
        waitForBackOff(sessions);
        char[] passphrase = options.passphrase.read("Passphrase for " + options.user);
        try {
            sessions.unlock(options.user, passphrase);
        } catch (WrongCredentialsException e) {
            throw new CliException(ExitCodes.WRONG_CREDENTIALS,
                    "could not unlock the vault: the username or passphrase is not right");
        }
        return sessions;
    }

    /** Earlier failed attempts make the next one wait, here as on the unlock screen. */
    static void waitForBackOff(SessionManager sessions) {
        java.time.Duration wait = sessions.unlockAttempts().remainingWait(Clock.systemUTC());
        if (wait.isZero()) {
            return;
        }
        System.err.println("Waiting " + Math.max(1, wait.toSeconds()) + " s after earlier failed sign-in attempts...");
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.FAILED, "interrupted while waiting after failed sign-in attempts");
        }
    }
}
