package org.maracdesk.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.CancelledException;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.store.OwnerOnlyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demo}: a vault full of synthetic cases for trying the application, without a window. */
@Command(name = "demo", description = "Create a demo vault of synthetic cases (no real people).",
        mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {
    public static final String DEMO_USER = "coordinator";
    public static final long DEFAULT_SEED = 20_261_123L;
    public static final int DEFAULT_CASES = 240;
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    @Option(names = "--vault", paramLabel = "DIR", description = "Folder for the new demo vault.")
    Path vault;

    @Option(names = "--server", paramLabel = "FILE", description = "Fill a new shared server instead: FILE is its"
            + " connection file (url=...), as for server init.")
    Path server;

    @Option(names = "--admin-user", paramLabel = "PGUSER", description = "With --server: a PostgreSQL role that may"
            + " create roles and owns or may alter the database.")
    String adminUser;

    @Option(names = "--admin-password-file", paramLabel = "FILE", description = "With --server: read that role's"
            + " password from FILE; otherwise " + ServerCommand.ADMIN_ENV + ", or you are asked.")
    Path adminPasswordFile;

    @Mixin
    PassphraseInput passphrase;

    @Option(names = "--cases", paramLabel = "N", description = "How many cases (default ${DEFAULT-VALUE}).")
    int cases = DEFAULT_CASES;

    @Option(names = "--seed", paramLabel = "SEED", description = "Generator seed, for the same data every time.")
    long seed = DEFAULT_SEED;

    @Override
    public Integer call() {
        if (cases < 1) {
            throw new CliException(ExitCodes.USAGE, "--cases must be at least 1");
        }
        if ((vault == null) == (server == null)) {
            throw new CliException(ExitCodes.USAGE, "give exactly one of --vault DIR and --server FILE");
        }
        if (server != null) {
            return createOnServer();
        }
        if (adminUser != null || adminPasswordFile != null) {
            throw new CliException(ExitCodes.USAGE, "--admin-user and --admin-password-file go with --server");
        }
        char[] given = passphrase.readOrNull();
        return create(vault, given, cases, seed);
    }

    /** {@code demo --server}: sets up and fills a new shared server, then says how to sign in. */
    private int createOnServer() {
        if (adminUser == null) {
            throw new CliException(ExitCodes.USAGE, "--server needs --admin-user PGUSER");
        }
        if (!Files.isRegularFile(server)) {
            throw new CliException(ExitCodes.VAULT_PROBLEM, "there is no connection file " + server);
        }
        ServerCommand.AdminOptions admin = new ServerCommand.AdminOptions();
        admin.connection = server;
        admin.adminUser = adminUser;
        admin.adminPasswordFile = adminPasswordFile;
        char[] adminPassword = admin.password();
        char[] given = passphrase.readOrNull();
        char[] pass = given != null ? given : generatePassphrase();
        String shown = given == null ? new String(pass) : null;
        DemoVaultLoader.Loaded loaded;
        CancelOnInterrupt interrupt = new CancelOnInterrupt();
        try {
            loaded = new DemoServerBuild(server, seed, cases, DemoVaultLoader.CHUNK,
                    new TerminalProgress(System.err, "Generated", "cases"), interrupt.cancellation())
                    .make(adminUser, adminPassword, pass);
        } catch (org.maracdesk.common.ServerUnreachableException e) {
            throw new CliException(ExitCodes.SERVER_UNREACHABLE, e.getMessage());
        } catch (CliException | org.maracdesk.common.StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.FAILED, "the demo server could not be filled ("
                    + (interrupt.cancellation().isCancelled() ? "cancelled" : org.maracdesk.ui.common.SafeErrors.describe(e))
                    + "); drop the database and its roles and run it again");
        } finally {
            interrupt.close();
        }
        System.out.println("Demo server: " + server.toAbsolutePath() + " (" + loaded.cases() + " synthetic cases, "
                + loaded.meetings() + " meetings, " + loaded.actions() + " actions)");
        System.out.println("Sign in with --server " + server + " as: " + DEMO_USER
                + " (or chair, police, idva, admin: one account per role, same passphrase)");
        if (shown != null) {
            System.out.println("Demo passphrase: " + shown);
        }
        return ExitCodes.OK;
    }

    /** Creates the default demo vault on first use; always tells the user how to sign in. */
    public static void ensureDemoVault(Path dir) {
        Path saved = org.maracdesk.app.common.AppPaths.demoPassphraseFile(dir);
        if (!CliVault.sessionsFor(dir).vaultExists()) {
            System.out.println("Creating the demo vault (first use only; this takes a few seconds)...");
            if (create(dir, null, DEFAULT_CASES, DEFAULT_SEED) != ExitCodes.OK) {
                throw new CliException(ExitCodes.FAILED, "demo cancelled; nothing was left behind");
            }
        } else if (Files.isRegularFile(saved)) {
            try {
                System.out.println("Demo vault: " + dir.toAbsolutePath());
                System.out.println("Sign in as: " + DEMO_USER + " (or chair, police, idva, admin: one account per role, same passphrase)");
                System.out.println("Demo passphrase: " + Files.readString(saved, StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + saved, e);
            }
        }
    }

    /** Makes the vault and says how to sign in; returns the exit code (after Ctrl+C the message is printed here). */
    private static int create(Path dir, char[] given, int caseCount, long seed) {
        char[] pass = given != null ? given : generatePassphrase();
        String shown = given == null ? new String(pass) : null;
        CancelOnInterrupt interrupt = new CancelOnInterrupt();
        DemoVaultBuild.Made made;
        try {
            made = build(dir, seed, caseCount, DemoVaultLoader.CHUNK,
                    new TerminalProgress(System.err, "Generated", "cases"), interrupt.cancellation(), pass);
        } catch (CliException e) {
            if (interrupt.cancellation().isCancelled()) {
                // Ctrl+C: the process ends as soon as the interrupt is closed, so say it now, once
                System.err.println("marac-desk: " + e.getMessage());
                System.err.flush();
                return ExitCodes.FAILED;
            }
            throw e;
        } finally {
            interrupt.close();
        }
        DemoVaultLoader.Loaded loaded = made.loaded();
        System.out.println("Demo vault: " + dir.toAbsolutePath() + " (" + loaded.cases() + " synthetic cases, "
                + loaded.meetings() + " meetings, " + loaded.actions() + " actions)");
        System.out.println("Sign in as: " + DEMO_USER + " (or chair, police, idva, admin: one account per role, same passphrase)");
        if (shown != null) {
            savePassphrase(dir, shown);
            System.out.println("Demo passphrase: " + shown);
        }
        return ExitCodes.OK;
    }

    /**
     * Builds a demo vault in {@code dir} through a temporary folder; on failure or cancellation nothing is left
     * behind and a one-line {@link CliException} says so (never a stack trace). {@code passphrase} is wiped.
     */
    static DemoVaultBuild.Made build(Path dir, long seed, int cases, int chunk, ProgressListener progress,
                                     Cancellation cancellation, char[] passphrase) {
        try {
            return new DemoVaultBuild(dir, seed, cases, chunk, progress, cancellation).make(passphrase);
        } catch (CliException e) {
            throw cancellation.isCancelled() ? cancelled() : e;
        } catch (RuntimeException | OutOfMemoryError e) {
            // on Ctrl+C H2's own exit hook may close the database before the loader sees the flag
            if (cancellation.isCancelled() || e instanceof CancelledException) {
                throw cancelled();
            }
            String why = e instanceof OutOfMemoryError ? "out of memory"
                    : e instanceof org.maracdesk.common.StoreUnavailableException ? e.getMessage()
                    : org.maracdesk.ui.common.SafeErrors.describe(e);
            throw new CliException(ExitCodes.FAILED, "the demo vault could not be made (" + why
                    + "); nothing was left behind");
        }
    }

    private static CliException cancelled() {
        return new CliException(ExitCodes.FAILED, "demo cancelled; nothing was left behind");
    }

    /** Writes the demo passphrase beside the vault, created owner-only; the folder around it is left alone. */
    private static void savePassphrase(Path dir, String demoPassphrase) {
        Path file = org.maracdesk.app.common.AppPaths.demoPassphraseFile(dir);
        try {
            Files.deleteIfExists(file);
            OwnerOnlyFiles.createFile(file);
            Files.writeString(file, demoPassphrase + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the demo passphrase beside " + dir, e);
        }
    }

    /** Four groups of five characters from an unambiguous alphabet: about 98 bits. */
    static char[] generatePassphrase() {
        SecureRandom random = new SecureRandom();
        char[] out = new char[4 * 5 + 3 + 5];
        String prefix = "demo-";
        for (int i = 0; i < prefix.length(); i++) {
            out[i] = prefix.charAt(i);
        }
        int pos = prefix.length();
        for (int g = 0; g < 4; g++) {
            if (g > 0) {
                out[pos++] = '-';
            }
            for (int i = 0; i < 5; i++) {
                out[pos++] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
        }
        return out;
    }
}
