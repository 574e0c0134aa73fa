package org.maracdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.maracdesk.store.Store;
import org.maracdesk.store.TestVaults;
import org.maracdesk.common.WrongCredentialsException;

/**
 * Benchmark vaults under {@code target/bench}: a base vault of N invented referrals, made once per
 * size and seed through the import path itself (in files of 10,000) and kept, and a fresh copy of
 * it for each run so that runs do not change it. Synthetic data only; the passphrase is fixed.
 */
final class BenchVaults {
    static final String USER = "bench";
    static final String PASSPHRASE = "benchmark vault passphrase";
    private static final int FILE_ROWS = 10_000;

    private final Path root;
    private final Clock clock;

    BenchVaults(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /** The base vault's folder; built (and timed, in seconds, through {@code built}) when missing. */
    Path base(int referrals, long seed, double[] built) throws Exception {
        Path dir = root.resolve("base-" + referrals + "-seed-" + seed);
        if (Files.isDirectory(dir.resolve("vault"))) {
            return dir.resolve("vault");
        }
        Path building = root.resolve("building-" + referrals + "-seed-" + seed);
        remove(building);
        Files.createDirectories(building);
        try (Store store = TestVaults.create(building.resolve("vault"), USER, PASSPHRASE)) {
            ImportTiming timing = new ImportTiming(store, clock);
            for (int done = 0, file = 0; done < referrals; done += FILE_ROWS, file++) {
                int rows = Math.min(FILE_ROWS, referrals - done);
                built[0] += timing.importRows(building, rows, seed * 1_000 + file, (d, t, l) -> { });
                System.err.printf("base vault: %d of %d referrals imported%n", done + rows, referrals);
            }
        }
        Files.move(building, dir, StandardCopyOption.ATOMIC_MOVE);
        return dir.resolve("vault");
    }

    /** A fresh copy of {@code vault} to measure in, replacing the previous run's. */
    Path workCopy(Path vault) throws IOException {
        Path work = root.resolve("work");
        remove(work);
        try (Stream<Path> files = Files.walk(vault)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = work.resolve(vault.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return work;
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
}
