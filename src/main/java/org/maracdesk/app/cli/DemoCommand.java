package org.maracdesk.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.demo.synthetic.SyntheticDataset;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
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

    @Option(names = "--vault", paramLabel = "DIR", required = true, description = "Folder for the new demo vault.")
    Path vault;

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
        char[] given = passphrase.readOrNull();
        create(vault, given, cases, seed);
        return ExitCodes.OK;
    }

    /** Creates the default demo vault on first use; always tells the user how to sign in. */
    public static void ensureDemoVault(Path dir) {
        Path saved = org.maracdesk.app.common.AppPaths.demoPassphraseFile(dir);
        if (!CliVault.sessionsFor(dir).vaultExists()) {
            System.out.println("Creating the demo vault (first use only; this takes a few seconds)...");
            create(dir, null, DEFAULT_CASES, DEFAULT_SEED);
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

    private static void create(Path dir, char[] given, int caseCount, long seed) {
        SessionManager sessions = CliVault.sessionsFor(dir);
        if (sessions.vaultExists()) {
            throw new CliException(ExitCodes.VAULT_PROBLEM, "a vault already exists in " + dir);
        }
        char[] pass = given != null ? given : generatePassphrase();
        String shown = given == null ? new String(pass) : null;
        char[] forOthers = pass.clone();
        // A demo vault's recovery key is never needed: its passphrase is printed and saved.
        org.maracdesk.common.Secrets.wipe(sessions.createVault("Demo Coordinator", DEMO_USER, Role.COORDINATOR, pass)
                .recoveryKey());
        try {
            addRoleAccounts(sessions, forOthers);
            SyntheticDataset data = generate(seed, caseCount);
            int created = new DemoVaultLoader(new InstrumentRegistry()).load(sessions.store(), data);
            System.out.println("Demo vault: " + dir.toAbsolutePath() + " (" + created + " synthetic cases, "
                    + data.meetings().size() + " meetings, " + data.actions().size() + " actions)");
        } finally {
            sessions.lock();
        }
        System.out.println("Sign in as: " + DEMO_USER + " (or chair, police, idva, admin: one account per role, same passphrase)");
        if (shown != null) {
            savePassphrase(dir, shown);
            System.out.println("Demo passphrase: " + shown);
        }
    }

    /** One account per role, all with the demo passphrase, so every role can be tried at once. */
    private static void addRoleAccounts(SessionManager sessions, char[] passphrase) {
        AccountAdministration admin = new AccountAdministration(sessions,
                new org.maracdesk.security.AccountService(java.time.Clock.systemUTC()));
        try {
            admin.add("chair", "Demo Chair", Role.CHAIR, null, passphrase.clone());
            admin.add("police", "Demo Police Representative", Role.AGENCY_REPRESENTATIVE, "police", passphrase.clone());
            admin.add("idva", "Demo Idva", Role.IDVA, "idva", passphrase.clone());
            admin.add("admin", "Demo Administrator", Role.ADMINISTRATOR, null, passphrase.clone());
        } finally {
            org.maracdesk.common.Secrets.wipe(passphrase);
        }
    }

    /**
     * The generator counts referrals, and about a quarter of referrals are repeats of an earlier
     * case; ask for more referrals until there are at least {@code cases} distinct cases.
     */
    static SyntheticDataset generate(long seed, int cases) {
        SyntheticDataGenerator generator = new SyntheticDataGenerator(seed, LocalDate.now());
        int referrals = cases;
        while (true) {
            SyntheticDataset data = generator.generate(referrals);
            long distinct = data.referrals().stream().filter(r -> r.repeatOfIndex() == null).count();
            if (distinct >= cases) {
                return data;
            }
            referrals += Math.max(1, (int) ((cases - distinct) * 1.4));
        }
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
