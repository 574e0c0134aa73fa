package org.maracdesk.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.security.SessionManager;

/**
 * Opens a vault for a command, translating failures into one-line messages and exit codes. Every
 * command that works on a vault takes its services from the {@link ServicesGraph} built here, the
 * same graph the window builds.
 */
public final class CliVault {
    /**
     * The one clock of a command-line process. Picocli makes the command objects itself, so the clock
     * is this constant rather than a constructor argument; a process runs one command.
     */
    static final Clock CLOCK = Clock.systemDefaultZone();

    private CliVault() {
    }

    /** The services of the vault in {@code dir}, locked (the ORM is prepared on the calling thread). */
    public static ServicesGraph servicesFor(Path dir) {
        return new ServicesGraph(dir, Runnable::run, CLOCK);
    }

    /** The session manager of a fresh graph for {@code dir}, locked. */
    public static SessionManager sessionsFor(Path dir) {
        return servicesFor(dir).sessions();
    }

    /** Unlocks with the options' passphrase; close the returned vault (it locks) when done. */
    public static OpenVault open(VaultOptions options) {
        if (options.onServer()) {
            return signIn(options);
        }
        ServicesGraph services = servicesFor(options.vault);
        SessionManager sessions = services.sessions();
        if (!sessions.vaultExists()) {
            throw new CliException(ExitCodes.VAULT_PROBLEM, "there is no vault in " + options.vault);
        }
        waitForBackOff(services);
        char[] passphrase = options.passphrase.read("Passphrase for " + options.user);
        try {
            sessions.unlock(options.user, passphrase);
        } catch (WrongCredentialsException e) {
            throw new CliException(ExitCodes.WRONG_CREDENTIALS,
                    "could not unlock the vault: the username or passphrase is not right");
        }
        return new OpenVault(services);
    }

    /**
     * Signs in to the shared server of {@code --server FILE} as the account's own login role: the same
     * services graph, its session on the PostgreSQL store.
     */
    static OpenVault signIn(VaultOptions options) {
        if (!java.nio.file.Files.isRegularFile(options.server)) {
            throw new CliException(ExitCodes.VAULT_PROBLEM, "there is no connection file " + options.server);
        }
        ServicesGraph services = new ServicesGraph(null, Runnable::run, CLOCK);
        char[] passphrase = options.passphrase.read("Passphrase for " + options.user);
        try {
            services.server().signIn(options.server, options.user, passphrase);
        } catch (WrongCredentialsException e) {
            throw new CliException(ExitCodes.WRONG_CREDENTIALS,
                    "could not sign in to the server: the username or passphrase is not right");
        } catch (org.maracdesk.common.ServerUnreachableException e) {
            throw new CliException(ExitCodes.SERVER_UNREACHABLE, e.getMessage());
        }
        return new OpenVault(services);
    }

    /** Earlier failed attempts make the next one wait, here as on the unlock screen. */
    static void waitForBackOff(ServicesGraph services) {
        Duration wait = services.maintenance().unlockAttempts().remainingWait(services.clock());
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
