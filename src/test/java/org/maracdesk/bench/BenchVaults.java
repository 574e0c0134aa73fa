package org.maracdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.maracdesk.app.Main;
import org.maracdesk.app.cli.DemoCommand;
import org.maracdesk.store.Store;
import org.maracdesk.store.Vault;
import org.maracdesk.store.TestVaults;
import org.maracdesk.common.WrongCredentialsException;

/**
 * Benchmark vaults under {@code target/bench}: a base vault of N invented cases, made once per size
 * and seed by the demo generator and kept, and a fresh copy of it for each run so that runs do not
 * change it. Synthetic data only; the passphrase is fixed.
 */
final class BenchVaults {
    static final String USER = DemoCommand.DEMO_USER;
    static final String PASSPHRASE = "benchmark vault passphrase";

    private final Path root;

    BenchVaults(Path root) {
        this.root = root;
    }

    /**
     * The base vault's folder: a demo vault of {@code cases} invented cases (referrals, meetings, minutes,
     * actions, audit trail, an account per role) made by the application's own {@code demo} command with
     * {@code seed}, kept under {@code target/bench/demo-N-seed-S} and built (and timed, in seconds,
     * through {@code built}) when missing.
     */
    Path base(int cases, long seed, double[] built) throws Exception {
        Path dir = root.resolve("demo-" + cases + "-seed-" + seed);
        Path vault = dir.resolve("vault");
        if (Vault.exists(vault)) {
            return vault;
        }
        remove(dir);
        Files.createDirectories(dir);
        Path passphrase = root.resolve("bench-passphrase.txt");
        Files.writeString(passphrase, PASSPHRASE + "\n");
        long start = System.nanoTime();
        int code = demoAsLaunched(vault, cases, seed, passphrase);
        built[0] = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            remove(dir);
            throw new IllegalStateException("the base vault could not be made (demo exit code " + code + ")");
        }
        return vault;
    }

    /**
     * Runs {@code demo} in a JVM of its own with the heap {@code app/marac-desk} gives it ({@code -Xmx1g -Xms1g}) and
     * H2's query cache on, as a user's run has them: in the harness's JVM (a heap that grows from small, the query
     * cache off for P3) the same build took 325 s instead of 249 s (docs/performance.md, session 20).
     */
    private static int demoAsLaunched(Path vault, int cases, long seed, Path passphrase)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Xms1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "demo",
                "--vault", vault.toString(), "--cases", String.valueOf(cases), "--seed", String.valueOf(seed),
                "--passphrase-file", passphrase.toString()).inheritIO();
        pb.environment().put("MALLOC_ARENA_MAX", "2");
        return pb.start().waitFor();
    }

    /** A fresh copy of {@code vault} to measure in, replacing the previous run's. */
    Path workCopy(Path vault) throws IOException {
        Path work = root.resolve("work");
        remove(work);
        copy(vault, work);
        return work;
    }

    /**
     * The base vault with {@code entries} more audit entries ({@code CASE_VIEWED}, the cases in turn), as years of
     * daily use leave them, added through the audit log a thousand to a transaction and then locked as a desk locks
     * (the anchor at the head). Kept beside the base as {@code demo-N-seed-S-audit-E}; the base itself when
     * {@code entries} is 0. The seconds it took go into {@code built} when it is made.
     */
    Path withAuditTrail(Path base, int cases, int entries, double[] built) throws IOException {
        if (entries == 0) {
            return base;
        }
        Path dir = base.getParent().resolveSibling(base.getParent().getFileName() + "-audit-" + entries);
        Path vault = dir.resolve("vault");
        if (Vault.exists(vault)) {
            return vault;
        }
        remove(dir);
        long start = System.nanoTime();
        copy(base, vault);
        org.maracdesk.security.SessionManager sessions = org.maracdesk.app.cli.CliVault.sessionsFor(vault);
        try {
            sessions.unlock(USER, PASSPHRASE.toCharArray());
            org.maracdesk.security.AuditLog log = new org.maracdesk.security.AuditLog(java.time.Clock.systemUTC());
            for (int from = 0; from < entries; from += 1_000) {
                int first = from;
                sessions.store().doInTransaction(s -> {
                    for (int i = first; i < Math.min(entries, first + 1_000); i++) {
                        log.append(sessions.store(), s, USER, org.maracdesk.security.AuditAction.CASE_VIEWED, "case",
                                String.valueOf(i % cases + 1), null);
                    }
                });
            }
            sessions.lock();
        } catch (WrongCredentialsException | RuntimeException e) {
            remove(dir);
            throw new IllegalStateException("the audit trail could not be added to the base vault", e);
        }
        built[0] = (System.nanoTime() - start) / 1e9;
        return vault;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static Store unlock(Path vault) {
        try {
            return TestVaults.unlock(vault, USER, PASSPHRASE);
        } catch (WrongCredentialsException e) {
            throw new IllegalStateException("the benchmark vault did not open; remove target/bench and run again");
        }
    }

    static void remove(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row counts of the main tables, recorded with the results. */
    static java.util.Map<String, Long> counts(Store store) {
        return store.withConnection(c -> {
            java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
            for (String table : java.util.List.of("marac_case", "referral", "person", "meeting", "listing",
                    "action_item", "audit_entry")) {
                try (var st = c.createStatement(); var rs = st.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
            return out;
        });
    }
}
