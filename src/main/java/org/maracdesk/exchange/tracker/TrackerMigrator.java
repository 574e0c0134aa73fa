package org.maracdesk.exchange.tracker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.casework.migration.HistoricListing;
import org.maracdesk.casework.migration.HistoricVictim;
import org.maracdesk.casework.migration.MigrationResult;
import org.maracdesk.casework.migration.RepeatRule;
import org.maracdesk.casework.migration.TrackerMigrationService;

/**
 * A tracker migration end to end: read the file, map its columns (proposed, or from a saved
 * mapping), read every row, group rows into people, recompute repeats and report; then, only when
 * nothing is wrong, write everything through {@link TrackerMigrationService}. All or nothing.
 */
public final class TrackerMigrator {
    private final TrackerMigrationService service;
    private final Clock clock;

    public TrackerMigrator(TrackerMigrationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /**
     * A file read and checked: its report, what a migration would write, and the vault's agencies and
     * districts its names were placed among (the window's mapping step offers them).
     */
    public record Prepared(TrackerReport report, List<HistoricVictim> victims, Vocabularies vocabulary) {
    }

    /**
     * @param sheet   the XLSX sheet, or null for the first
     * @param mapping a saved mapping, or null to propose one
     * @throws TrackerFileException when the file or the mapping cannot be read at all
     */
    public Prepared prepare(Path file, String sheet, Path mapping) throws IOException {
        return prepareMapped(file, sheet, mapping != null ? MappingFile.read(mapping) : null);
    }

    /**
     * The same, with a mapping already in hand (the window's, as the coordinator changed it).
     *
     * @param mapping the columns as mapped, or null to propose a mapping
     * @throws TrackerFileException when the file cannot be read at all
     */
    public Prepared prepareMapped(Path file, String sheet, ColumnMapping mapping) throws IOException {
        TrackerSheet table = TrackerFiles.read(file, sheet);
        TrackerMigrationService.Vocabulary v = service.vocabulary();
        Vocabularies vocab = new Vocabularies(v.agencies(), v.districts());
        LocalDate today = LocalDate.now(clock);
        ColumnMapping m = mapping != null ? MappingProposer.withNames(table, mapping, vocab)
                : MappingProposer.propose(table, vocab, today);
        return prepare(table, m, vocab, today);
    }

    Prepared prepare(TrackerSheet table, ColumnMapping m, Vocabularies vocab, LocalDate today) {
        TrackerRowReader reader = new TrackerRowReader(table, m, vocab, today);
        List<TrackerEntry> entries = reader.readAll();
        List<TrackerProblem> problems = new ArrayList<>(reader.problems());
        if (service != null) {
            java.util.Set<String> known = service.alreadyBroughtAcross(entries.stream()
                    .map(TrackerEntry::externalReference).filter(java.util.Objects::nonNull).toList());
            for (TrackerEntry e : entries) {
                if (e.externalReference() != null && known.contains(e.externalReference())) {
                    problems.add(new TrackerProblem(e.line(), m.column(TrackerField.CASE_REFERENCE), null,
                            TrackerText.text("migrate.problem.migratedBefore")));
                }
            }
        }
        VictimGrouping grouping = new VictimGrouping(entries);
        List<HistoricVictim> victims = problems.isEmpty() ? grouping.group() : List.of();
        problems.addAll(grouping.problems());
        problems.sort(java.util.Comparator.comparingInt(TrackerProblem::line));
        int repeats = 0;
        int perpetrators = 0;
        Set<String> meetings = new HashSet<>();
        List<TrackerReport.Disagreement> disagreements = new ArrayList<>();
        for (HistoricVictim victim : victims) {
            twiceAtOneMeeting(victim, problems);
            perpetrators += victim.perpetrators().size();
            List<RepeatRule.Repeat> decided = RepeatRule.of(victim, (service == null ? 12 : service.repeatWindowMonths()));
            for (int i = 0; i < victim.listings().size(); i++) {
                HistoricListing l = victim.listings().get(i);
                boolean repeat = decided.get(i).repeat();
                repeats += repeat ? 1 : 0;
                meetings.add(l.maracDate() + "|" + l.district());
                if (l.trackerRepeat() != null && l.trackerRepeat() != repeat) {
                    disagreements.add(new TrackerReport.Disagreement(l.line(), l.trackerRepeat(), repeat));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(TrackerProblem::line));
        disagreements.sort(java.util.Comparator.comparingInt(TrackerReport.Disagreement::line));
        int listings = victims.stream().mapToInt(x -> x.listings().size()).sum();
        return new Prepared(new TrackerReport(table.rows().size(), victims.size(), perpetrators, listings,
                meetings.size(), repeats, problems, disagreements, m.keepAsNotes(), m.dropped(table.header()), m),
                victims, vocab);
    }

    /** A victim listed twice at one meeting: a duplicate row, which would be one listing. */
    private static void twiceAtOneMeeting(HistoricVictim victim, List<TrackerProblem> problems) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (HistoricListing l : victim.listings()) {
            Integer first = seen.putIfAbsent(l.maracDate() + "|" + l.district(), l.line());
            if (first != null) {
                problems.add(new TrackerProblem(l.line(), null, null, TrackerText.text("migrate.problem.twiceAtMeeting",
                        first)));
            }
        }
    }

    /**
     * Writes a prepared file.
     *
     * @throws TrackerRejectedException when its report has problems; nothing was written
     * @throws org.maracdesk.casework.bulk.CancelledException when cancelled; nothing was written
     */
    public MigrationResult migrate(Prepared p, ProgressListener progress, Cancellation cancel) {
        if (!p.report().ok()) {
            throw new TrackerRejectedException(p.report());
        }
        if (p.victims().isEmpty()) {
            throw new TrackerRejectedException(new TrackerReport(0, 0, 0, 0, 0, 0, List.of(new TrackerProblem(1,
                    null, null, TrackerText.text("migrate.problem.noRows"))), List.of(), List.of(), List.of(),
                    p.report().mapping()));
        }
        return service.migrate(p.victims(), progress, cancel);
    }
}
