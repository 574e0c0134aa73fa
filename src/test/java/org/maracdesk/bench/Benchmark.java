package org.maracdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maracdesk.store.Store;
import org.maracdesk.store.TestVaults;

/**
 * The benchmark harness (issue 12), started with P6 and P3: each figure is measured beside its
 * side-by-side limit in the same run, printed as a table and written to
 * {@code target/bench/results.json}. Run it through {@code scripts/bench}. Speed is reported here,
 * never asserted in tests.
 */
public final class Benchmark {
    private final BenchOptions options;
    private final Clock clock = Clock.systemDefaultZone();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> context = new LinkedHashMap<>();

    /** One line of the table: what was measured, its value, the limit beside it, and the target. */
    record Figure(String id, String what, String measured, String limit, String target, Map<String, Object> values) {
    }

    private Benchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        try {
            new Benchmark(BenchOptions.parse(args)).run();
            System.exit(0);
        } catch (Exception e) {
            System.err.println("bench: failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            System.exit(1);
        }
    }

    private void run() throws Exception {
        Path root = options.out();
        Files.createDirectories(root);
        BenchVaults vaults = new BenchVaults(root);
        double[] built = {0};
        Path base = vaults.base(options.base(), options.seed(), built);
        context.put("baseVault", base.getParent().getFileName().toString());
        context.put("baseVaultBuiltInThisRun", built[0] > 0);
        if (built[0] > 0) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("cases", options.base());
            values.put("seconds", round(built[0]));
            figures.add(new Figure("—", "base vault made by demo --cases " + options.base()
                    + " (new vault; a JVM of its own with the launcher's heap)", round(built[0]) + " s", "—",
                    "≤ 5 min", values));
        }
        double[] trail = {0};
        base = vaults.withAuditTrail(base, options.base(), options.auditEntries(), trail);
        context.put("auditEntriesAdded", options.auditEntries());
        if (trail[0] > 0) {
            figures.add(new Figure("—", options.auditEntries() + " audit entries added to the base vault's trail"
                    + " (once; kept beside it)", round(trail[0]) + " s", "—", "—",
                    Map.of("entries", options.auditEntries(), "seconds", round(trail[0]))));
        }
        // P2 first: its cold unlocks each in a fresh JVM (ColdUnlock), then its warm ones here.
        Path work = vaults.workCopy(base);
        figures.addAll(new AppFigures(work, options, clock).measure());
        if (options.window()) {
            System.err.println("P8: the window under Xvfb");
            figures.add(WindowFigure.measure(vaults.workCopy(base), root));
        }
        work = vaults.workCopy(base);
        try (Store store = BenchVaults.unlock(work)) {
            context.put("baseVaultCounts", BenchVaults.counts(store));
            figures.add(warmUp(store));
            figures.add(bulkImport(store));
            if (options.searches() > 0) {
                figures.add(search(store));
            }
        }
        BenchVaults.remove(work);
        for (int rows : options.newVaultSizes()) {
            figures.add(newVaultImport(root, rows));
        }
        report(root);
    }

    /** The first import in this JVM, before the code is compiled: what a one-off command-line import pays. */
    private Figure warmUp(Store store) throws Exception {
        int rows = Math.min(2_000, options.rows());
        double seconds = new ImportTiming(store, clock).importRows(options.out(), rows, options.seed() + 5_555,
                (d, t, l) -> { });
        return rate("—", "first import in a fresh JVM (cold), " + rows + " referrals into the base vault", rows,
                seconds);
    }

    private Figure bulkImport(Store store) throws Exception {
        Map<String, Long> before = store.withConnection(RawCopy::highestIds);
        int rows = options.rows();
        List<Double> chunks = new ArrayList<>();
        double seconds = new ImportTiming(store, clock).importRows(options.out(), rows, options.seed() + 7_777,
                (d, t, l) -> System.err.printf("P6: %d of %d referrals imported%n", d, t), chunks);
        RawCopy copy = store.withConnection(c -> RawCopy.read(c, before));
        double raw = store.withConnection(copy::insert);
        store.withConnection(c -> {
            copy.delete(c);
            return null;
        });
        double rate = rows / seconds;
        double rawRate = rows / raw;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("referrals", rows);
        values.put("vaultCasesBefore", options.base());
        values.put("seconds", round(seconds));
        values.put("referralsPerSecond", Math.round(rate));
        values.put("secondsPerChunkOf500", chunks);
        values.put("rowsWritten", copy.rowCount());
        values.put("rawJdbcSeconds", round(raw));
        values.put("rawJdbcReferralsPerSecond", Math.round(rawRate));
        values.put("ratioToRawJdbc", round(rate / rawRate));
        return new Figure("P6", "bulk import of " + rows + " referrals into the vault of " + options.base()
                + " cases (+ " + Math.min(2_000, rows) + " referrals of the cold import; warm)",
                Math.round(rate) + " /s", "raw JDBC batch of the same " + copy.rowCount() + " rows: "
                + Math.round(rawRate) + " /s (" + round(rate / rawRate) + "×)", "≥ 2,000 /s and ≥ 0.5× raw JDBC",
                values);
    }

    private Figure search(Store store) {
        SearchTiming timing = new SearchTiming(store, options.searches());
        SearchTiming.Percentiles service = timing.service();
        SearchTiming.Percentiles raw = timing.rawJdbc();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("queries", options.searches());
        values.put("p50Millis", round(service.p50Millis()));
        values.put("p95Millis", round(service.p95Millis()));
        values.put("matchesPerQuery", round(service.candidatesPerQuery()));
        values.put("rawJdbcP50Millis", round(raw.p50Millis()));
        values.put("rawJdbcP95Millis", round(raw.p95Millis()));
        values.put("rawJdbcCandidatesPerQuery", round(raw.candidatesPerQuery()));
        values.put("ratioToRawJdbcP95", round(service.p95Millis() / raw.p95Millis()));
        return new Figure("P3", "person search by blocking keys, " + options.searches() + " queries (p50 / p95)",
                round(service.p50Millis()) + " / " + round(service.p95Millis()) + " ms",
                "raw JDBC, same keys and rows: " + round(raw.p50Millis()) + " / " + round(raw.p95Millis()) + " ms ("
                + round(service.p95Millis() / raw.p95Millis()) + "× at p95)", "≤ 50 ms p95 and ≤ 2× raw JDBC",
                values);
    }

    private Figure newVaultImport(Path root, int rows) throws Exception {
        Path dir = root.resolve("new-vault");
        BenchVaults.remove(dir);
        Files.createDirectories(dir);
        try (Store store = TestVaults.create(dir.resolve("vault"), BenchVaults.USER, BenchVaults.PASSPHRASE)) {
            double seconds = new ImportTiming(store, clock).importRows(dir, rows, options.seed() + 9_999,
                    (d, t, l) -> { });
            return rate("—", "import of " + rows + " referrals into a new vault", rows, seconds);
        } finally {
            BenchVaults.remove(dir);
        }
    }

    private static Figure rate(String id, String what, int rows, double seconds) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("referrals", rows);
        values.put("seconds", round(seconds));
        values.put("referralsPerSecond", Math.round(rows / seconds));
        return new Figure(id, what, Math.round(rows / seconds) + " /s (" + round(seconds) + " s)", "—", "—", values);
    }

    private void report(Path root) throws Exception {
        context.put("javaVersion", System.getProperty("java.version"));
        context.put("processors", Runtime.getRuntime().availableProcessors());
        context.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        context.put("measuredAt", clock.instant().toString());
        context.put("commit", options.commit());
        BenchTable.print(System.out, figures);
        Map<String, Object> json = new LinkedHashMap<>(context);
        json.put("figures", figures);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(root.resolve("results.json")
                .toFile(), json);
        System.out.println("written: " + root.resolve("results.json"));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
