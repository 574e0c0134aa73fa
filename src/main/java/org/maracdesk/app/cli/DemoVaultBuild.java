package org.maracdesk.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.common.Secrets;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticChunk;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.demo.synthetic.SyntheticStream;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.DeferredIndexes;
import org.maracdesk.store.IntegrityCheck;

/**
 * Makes a demo vault all or nothing: it is written into a temporary folder beside the target
 * ({@code DIR.partial-<random>}), opened again and checked (every record read, audit chain verified), and only then
 * renamed to {@code DIR}. Any failure or cancellation deletes the temporary folder and ends in a one-line
 * {@link CliException}.
 */
final class DemoVaultBuild {
    private final Path dir;
    private final long seed;
    private final int cases;
    private final int chunk;
    private final ProgressListener progress;
    private final Cancellation cancellation;

    /** What was made. */
    record Made(DemoVaultLoader.Loaded loaded) {
    }

    DemoVaultBuild(Path dir, long seed, int cases, int chunk, ProgressListener progress, Cancellation cancellation) {
        this.dir = dir.toAbsolutePath().normalize();
        this.seed = seed;
        this.cases = cases;
        this.chunk = chunk;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    /** Builds the vault with {@code passphrase} for every account (wiped afterwards). */
    Made make(char[] passphrase) {
        refuseExisting();
        Path partial = dir.resolveSibling(dir.getFileName() + ".partial-"
                + HexFormat.of().formatHex(new SecureRandom().generateSeed(4)));
        boolean done = false;
        try {
            DemoVaultLoader.Loaded loaded = build(partial, passphrase.clone());
            cancellation.throwIfCancelled();
            verify(partial, passphrase.clone());
            cancellation.throwIfCancelled();
            Files.deleteIfExists(dir); // an empty folder the user made for it
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            return new Made(loaded);
        } catch (IOException e) {
            throw new CliException(ExitCodes.VAULT_PROBLEM, "the demo vault could not be moved into place in "
                    + dir.getParent() + "; nothing was left behind");
        } finally {
            Secrets.wipe(passphrase);
            if (!done) {
                deleteTree(partial);
            }
        }
    }

    private void refuseExisting() {
        if (CliVault.sessionsFor(dir).vaultExists()) {
            throw new CliException(ExitCodes.VAULT_PROBLEM, "a vault already exists in " + dir);
        }
        if (Files.exists(dir)) {
            try (Stream<Path> inside = Files.list(dir)) {
                if (inside.findAny().isPresent()) {
                    throw new CliException(ExitCodes.VAULT_PROBLEM, "the folder " + dir + " is not empty");
                }
            } catch (IOException e) {
                throw new CliException(ExitCodes.VAULT_PROBLEM, "the folder " + dir + " cannot be used");
            }
        }
    }

    private DemoVaultLoader.Loaded build(Path partial, char[] passphrase) {
        org.maracdesk.app.common.ServicesGraph services = CliVault.servicesFor(partial);
        SessionManager sessions = services.sessions();
        char[] forOthers = passphrase.clone();
        // A demo vault's recovery key is never needed: its passphrase is printed and saved.
        Secrets.wipe(sessions.createVault("Demo Coordinator", DemoCommand.DEMO_USER, Role.COORDINATOR, passphrase)
                .recoveryKey());
        try {
            addRoleAccounts(sessions, forOthers);
            SyntheticStream stream = new SyntheticDataGenerator(seed, LocalDate.now(CliVault.CLOCK)).stream(referralsFor());
            // Created again after the load, from sorted rows (decision 0081): at 100,000 cases H2 then writes a third
            // of the pages (the file grows to 3.1 GB, not 8.9 GB) and the build takes about 80 s less.
            DeferredIndexes unordered = DeferredIndexes.drop(sessions.store(), DemoVaultLoader.UNORDERED_INDEXES);
            DemoVaultLoader.Loaded loaded = new DemoVaultLoader(new InstrumentRegistry(), chunk).load(sessions.store(),
                    stream, cases, progress, cancellation, CliVault.CLOCK);
            System.err.println("Creating the indexes of people's names, dates of birth and postcodes...");
            unordered.recreate(sessions.store(), cancellation::throwIfCancelled);
            // Written in many transactions, most of the file is old pages by now (3.1 GB of which 0.65 GB live at
            // 100,000 cases): rewritten to its live size before it is checked and moved into place.
            FileCompaction.ifLarge(sessions, services.maintenance());
            return loaded;
        } finally {
            lockQuietly(sessions);
        }
    }

    /**
     * About a quarter of referrals are repeats of an earlier case: the number of referrals that makes at least
     * {@code cases} distinct cases, found by counting (the generator's slices are dropped as they are counted).
     */
    private int referralsFor() {
        return referralsFor(seed, cases, chunk, cancellation);
    }

    static int referralsFor(long seed, int cases, int chunk, Cancellation cancellation) {
        int referrals = cases <= 5_000 ? cases : (int) Math.min(Integer.MAX_VALUE / 2, cases / 0.75);
        while (true) {
            long distinct = 0;
            SyntheticStream stream = new SyntheticDataGenerator(seed, LocalDate.now(CliVault.CLOCK)).stream(referrals);
            while (stream.hasNext()) {
                cancellation.throwIfCancelled();
                SyntheticChunk c = stream.next(chunk);
                distinct += c.referrals().stream().filter(r -> r.repeatOfIndex() == null).count();
            }
            if (distinct >= cases) {
                return referrals;
            }
            referrals += Math.max(1, (int) ((cases - distinct) * 1.4));
        }
    }

    /** Opens the new vault as its coordinator would, reads every record and verifies the audit chain. */
    private static void verify(Path partial, char[] passphrase) {
        org.maracdesk.app.common.ServicesGraph services = CliVault.servicesFor(partial);
        SessionManager sessions = services.sessions();
        try {
            sessions.unlock(DemoCommand.DEMO_USER, passphrase);
            IntegrityCheck.run(sessions.store());
            boolean intact = services.maintenance().verifyWholeTrail().intact();
            if (!intact) {
                throw new CliException(ExitCodes.AUDIT_BROKEN,
                        "the new demo vault's audit trail did not verify; nothing was left behind");
            }
        } catch (org.maracdesk.common.WrongCredentialsException e) {
            throw new CliException(ExitCodes.VAULT_PROBLEM, "the new demo vault could not be opened again;"
                    + " nothing was left behind");
        } finally {
            lockQuietly(sessions);
        }
    }

    /** One account per role, all with the demo passphrase, so every role can be tried at once. */
    private static void addRoleAccounts(SessionManager sessions, char[] passphrase) {
        AccountAdministration admin = new AccountAdministration(sessions,
                new AccountService(java.time.Clock.systemUTC()));
        try {
            admin.add("chair", "Demo Chair", Role.CHAIR, null, passphrase.clone());
            admin.add("police", "Demo Police Representative", Role.AGENCY_REPRESENTATIVE, "police", passphrase.clone());
            admin.add("idva", "Demo Idva", Role.IDVA, "idva", passphrase.clone());
            admin.add("admin", "Demo Administrator", Role.ADMINISTRATOR, null, passphrase.clone());
        } finally {
            Secrets.wipe(passphrase);
        }
    }

    /** After Ctrl+C H2's own exit hook may already have closed the database: nothing to keep, nothing to report. */
    private static void lockQuietly(SessionManager sessions) {
        try {
            sessions.lock();
        } catch (RuntimeException e) {
            // the folder is deleted or checked next; a failure to lock a closed store changes nothing
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new CliException(ExitCodes.FAILED, "could not delete the unfinished demo vault " + root);
        }
    }
}
