package org.maracdesk.ui.admin;

import org.maracdesk.exchange.tracker.TrackerProblem;
import org.maracdesk.exchange.tracker.TrackerReport;
import org.maracdesk.ui.common.Messages;

/**
 * The dry run's report as the Migrate a tracker tab shows it: the counts, the columns kept and left
 * out, the names not placed, every problem by line and column (worded as on the command line), and
 * the rows whose own Repeat column disagrees with the dates.
 */
final class TrackerReportText {
    private final Messages messages;

    TrackerReportText(Messages messages) {
        this.messages = messages;
    }

    String of(TrackerReport r) {
        StringBuilder out = new StringBuilder();
        // With problems the rows are not grouped into people, so only the rows read can be counted.
        out.append(r.ok() ? messages.format("migrate.report.counts", r.rows(), r.victims(), r.listings(), r.meetings(),
                r.perpetrators(), r.repeats()) : messages.format("migrate.report.rowsOnly", r.rows()));
        if (!r.keptAsNotes().isEmpty()) {
            out.append("\n").append(messages.format("migrate.report.notes", String.join(", ", r.keptAsNotes())));
        }
        if (!r.dropped().isEmpty()) {
            out.append("\n").append(messages.format("migrate.report.leftOut", String.join(", ", r.dropped())));
        }
        r.mapping().agencies().forEach((name, code) -> {
            if (code.isBlank()) {
                out.append("\n").append(messages.format("migrate.report.agency", name));
            }
        });
        r.mapping().districts().forEach((name, district) -> {
            if (district.isBlank()) {
                out.append("\n").append(messages.format("migrate.report.district", name));
            }
        });
        out.append("\n\n");
        if (r.ok()) {
            out.append(messages.get("migrate.report.noProblems"));
        } else {
            out.append(messages.format("migrate.report.problems", r.problems().size()));
            for (TrackerProblem p : r.problems()) {
                out.append("\n  ").append(p);
            }
        }
        if (!r.disagreements().isEmpty()) {
            out.append("\n\n").append(messages.format("migrate.report.repeats", r.disagreements().size()));
            for (TrackerReport.Disagreement d : r.disagreements()) {
                out.append("\n  ").append(messages.format(d.recomputed() ? "migrate.report.repeat.yes"
                        : "migrate.report.repeat.no", d.line()));
            }
        }
        return out.toString();
    }
}
