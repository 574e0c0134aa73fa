package org.maracdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maracdesk.bench.Benchmark.Figure;

/**
 * P2, P4, P5 and P7 measured through {@link AppTiming} on one copy of the base vault, each beside its
 * limit from the same run. P2's cold figures come from fresh JVMs ({@link ColdUnlock}), first, before this JVM
 * opens the vault.
 */
final class AppFigures {
    private final Path vault;
    private final BenchOptions options;
    private final Clock clock;

    AppFigures(Path vault, BenchOptions options, Clock clock) {
        this.vault = vault;
        this.options = options;
        this.clock = clock;
    }

    List<Figure> measure() throws Exception {
        List<Figure> out = new ArrayList<>();
        System.err.println("P2: cold unlocks in fresh JVMs");
        ColdUnlock.Cold cold = ColdUnlock.measure(vault, options.out().resolve("p2-cold"));
        try (AppTiming t = new AppTiming(vault, options.out(), clock)) {
            t.unlockToCaseList(); // this JVM's first: what follows is warm
            t.lock();
            List<Double> kdf = List.of(t.kdfMillis(), t.kdfMillis(), t.kdfMillis());
            AppTiming.Unlock warm = t.unlockToCaseList();
            out.add(unlock(cold.first(), median(kdf), warm));
            out.add(laterStarts(cold.archived()));
            System.err.println("P2 done; P4: sorting and filtering the case list");
            out.add(sortAndFilter(t.sortAndFilter(5)));
            System.err.println("P4: the meetings area");
            out.add(meetingsArea(t.meetingsArea()));
            System.err.println("P5: saving case edits");
            out.add(caseEdit(t.caseEdits(options.edits()), t.rawInsertCommit(options.edits(), false),
                    t.rawInsertCommit(options.edits(), true)));
            System.err.println("P7: minutes and data returns");
            out.add(export("P7", "minutes PDF (full), closed meeting", t.minutesPdf(), median(kdf)));
            LocalDate today = LocalDate.now(clock);
            LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
                    .minusMonths(3);
            out.add(export("P7", "quarterly data return PDF, " + quarter + " to " + quarter.plusMonths(3)
                    .minusDays(1), t.dataReturnPdf(quarter, quarter.plusMonths(3).minusDays(1)), median(kdf)));
            LocalDate[] span = t.referralSpan();
            out.add(export("P7", "data return PDF over the whole vault, " + span[0] + " to " + span[1],
                    t.dataReturnPdf(span[0], span[1]), median(kdf)));
        }
        return out;
    }

    private static Figure unlock(ColdUnlock.Runs cold, double warmKdf, AppTiming.Unlock warm) {
        double coldTotal = median(cold.total());
        double coldKdf = median(cold.kdf());
        Map<String, Object> v = coldValues(cold);
        v.put("warmMillis", r(warm.totalMillis()));
        v.put("warmUnlockMillis", r(warm.unlockMillis()));
        v.put("warmFirstPageMillis", r(warm.firstPageMillis()));
        v.put("warmKdfMillis", r(warmKdf));
        v.put("coldCountAfterPageMillis", r(median(cold.count())));
        v.put("warmCountAfterPageMillis", r(warm.countMillis()));
        v.put("rowsShown", warm.rowsShown());
        v.put("status", warm.status());
        v.put("warmOverKdfMillis", r(warm.totalMillis() - warmKdf));
        return new Figure("P2", "unlock → case list first page (" + warm.rowsShown() + " rows), headless through"
                + " the view model; cold (each the first thing of a fresh JVM, no class-data archive: the first start"
                + " after an install or a build; median of " + ColdUnlock.RUNS + ") / warm",
                ms(coldTotal) + " / " + ms(warm.totalMillis()) + " (unlock " + ms(warm.unlockMillis())
                + " + page " + ms(warm.firstPageMillis()) + "; the count for the status line "
                + ms(median(cold.count())) + " / " + ms(warm.countMillis()) + " later)",
                "KDF alone: " + ms(coldKdf) + " / " + ms(warmKdf) + " → KDF + " + ms(coldTotal - coldKdf)
                + " / + " + ms(warm.totalMillis() - warmKdf), "≤ KDF + 0.5 s", v);
    }

    /** P2 cold with the class-data archive the launcher writes at its first start and maps at later ones. */
    private static Figure laterStarts(ColdUnlock.Runs cold) {
        double total = median(cold.total());
        double kdf = median(cold.kdf());
        return new Figure("P2", "as above, cold, at a later start: each fresh JVM maps the class-data archive that"
                + " app/marac-desk writes at its first start (here written by one unlock); median of "
                + ColdUnlock.RUNS, ms(total) + " (unlock " + ms(median(cold.unlock())) + " + page "
                + ms(median(cold.page())) + ")", "KDF alone, same archive: " + ms(kdf) + " → KDF + " + ms(total - kdf),
                "≤ KDF + 0.5 s", coldValues(cold));
    }

    /** The cold runs' figures, as results.json records them. */
    private static Map<String, Object> coldValues(ColdUnlock.Runs cold) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("coldMillis", r(median(cold.total())));
        v.put("coldUnlockMillis", r(median(cold.unlock())));
        v.put("coldFirstPageMillis", r(median(cold.page())));
        v.put("coldKdfMillis", r(median(cold.kdf())));
        v.put("coldRunsMillis", cold.total().stream().map(AppFigures::r).toList());
        v.put("coldKdfRunsMillis", cold.kdf().stream().map(AppFigures::r).toList());
        v.put("coldOverKdfMillis", r(median(cold.total()) - median(cold.kdf())));
        return v;
    }

    private static Figure sortAndFilter(Map<String, List<Double>> runs) {
        Map<String, Object> v = new LinkedHashMap<>();
        double worst = 0;
        String worstName = "";
        for (var e : runs.entrySet()) {
            double m = median(e.getValue());
            v.put(e.getKey(), Map.of("medianMillis", r(m), "runsMillis", e.getValue().stream().map(AppFigures::r)
                    .toList()));
            if (m > worst) {
                worst = m;
                worstName = e.getKey();
            }
        }
        double first = runs.values().stream().mapToDouble(AppFigures::median).min().orElse(0);
        return new Figure("P4", "case list sorted / filtered in SQL, first page of " + org.maracdesk.ui.cases.CaseListViewModel.PAGE + ", " + runs.size()
                + " requests × 5 (median each)", "best " + ms(first) + ", worst " + ms(worst) + " (" + worstName
                + ")", "—", "≤ 300 ms", v);
    }

    private static Figure meetingsArea(Map<String, Double> steps) {
        Map<String, Object> v = new LinkedHashMap<>();
        steps.forEach((k, m) -> v.put(k, r(m)));
        double total = steps.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Figure("P4", "meetings area opened: what the Meetings screen and its next meeting's grid read ("
                + String.join(", ", steps.keySet()) + ")", ms(total) + " (" + steps.entrySet().stream()
                .map(e -> e.getKey() + " " + ms(e.getValue())).collect(java.util.stream.Collectors.joining(", "))
                + ")", "—", "≤ 300 ms (no pause a user would notice)", v);
    }

    private static Figure caseEdit(List<Double> service, List<Double> raw, List<Double> rawCheckpoint) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("saves", service.size());
        v.put("p50Millis", r(pct(service, 0.5)));
        v.put("p95Millis", r(pct(service, 0.95)));
        v.put("rawInsertCommitP50Millis", r(pct(raw, 0.5)));
        v.put("rawInsertCommitP95Millis", r(pct(raw, 0.95)));
        v.put("rawInsertCommitCheckpointP50Millis", r(pct(rawCheckpoint, 0.5)));
        v.put("rawInsertCommitCheckpointP95Millis", r(pct(rawCheckpoint, 0.95)));
        v.put("checkpointCostP50Millis", r(pct(rawCheckpoint, 0.5) - pct(raw, 0.5)));
        return new Figure("P5", "save a case edit (meeting record field) with its audit entry, " + service.size()
                + " saves (p50 / p95)", ms(pct(service, 0.5)) + " / " + ms(pct(service, 0.95)),
                "raw JDBC insert + commit: " + ms(pct(raw, 0.5)) + " / " + ms(pct(raw, 0.95))
                + "; + CHECKPOINT (as Store does): " + ms(pct(rawCheckpoint, 0.5)) + " / "
                + ms(pct(rawCheckpoint, 0.95)), "≤ 100 ms p95", v);
    }

    private static Figure export(String id, String what, AppTiming.Export e, double kdfMillis) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("millis", r(e.millis()));
        v.put("cases", e.cases());
        v.put("bytes", e.bytes());
        if (e.meetingId() > 0) {
            v.put("meetingId", e.meetingId());
        }
        v.put("passphraseConfirmationKdfMillis", r(kdfMillis));
        return new Figure(id, what + " (" + e.cases() + " cases; includes the passphrase confirmation)",
                ms(e.millis()), "of which the KDF alone: about " + ms(kdfMillis), "≤ 2 s", v);
    }

    static double median(List<Double> values) {
        return pct(values, 0.5);
    }

    static double pct(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)));
    }

    private static double r(double value) {
        return Benchmark.round(value);
    }

    private static String ms(double millis) {
        if (millis >= 10_000) {
            return Benchmark.round(millis / 1000) + " s";
        }
        return millis < 10 ? Benchmark.round(millis) + " ms" : Math.round(millis) + " ms";
    }
}
