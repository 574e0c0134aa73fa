package org.maracdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.casework.intake.ReferralIntakeService;
import org.maracdesk.exchange.referrals.ImportReport;
import org.maracdesk.exchange.referrals.ReferralImporter;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.testdata.SyntheticReferrals;

/** Imports a generated file of invented referrals through {@link ReferralImporter}, as the command line does, and times it. */
final class ImportTiming {
    private final Store store;
    private final Clock clock;

    ImportTiming(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Seconds taken to import {@code count} rows of {@code seed} (the file is written first, untimed). */
    double importRows(Path work, int count, long seed, ProgressListener progress) throws Exception {
        return importRows(work, count, seed, progress, new java.util.ArrayList<>());
    }

    /**
     * As {@link #importRows(Path, int, long, ProgressListener)}, adding to {@code chunkSeconds} the
     * seconds between progress reports (the first includes reading and checking the whole file).
     */
    double importRows(Path work, int count, long seed, ProgressListener progress, java.util.List<Double> chunkSeconds)
            throws Exception {
        Path file = work.resolve("referrals-" + seed + "-" + count + ".csv");
        SyntheticReferrals.writeCsv(file, SyntheticReferrals.rows(count, seed, LocalDate.now(clock)));
        ReferralImporter importer = new ReferralImporter(new ReferralIntakeService(() -> store,
                () -> new AccountInfo("bench", "Benchmark", Role.COORDINATOR, null), new org.maracdesk.security.AuditLog(clock),
                new InstrumentRegistry(), clock));
        long start = System.nanoTime();
        long[] last = {start};
        ImportReport report = importer.importFile(file, "bench", (done, total, left) -> {
            long now = System.nanoTime();
            chunkSeconds.add(Math.round((now - last[0]) / 1e7) / 100.0);
            last[0] = now;
            progress.progress(done, total, left);
        }, Cancellation.never());
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(file);
        if (report.result().referrals() != count) {
            throw new IllegalStateException("imported " + report.result().referrals() + " of " + count);
        }
        return seconds;
    }
}
