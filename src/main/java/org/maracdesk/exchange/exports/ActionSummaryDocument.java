package org.maracdesk.exchange.exports;

import static org.maracdesk.exchange.exports.DocumentText.text;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.actions.ActionRow;

/** The Idva action summary as PDF or CSV (columns documented in the README). */
final class ActionSummaryDocument {
    static final List<String> CSV_HEADER = List.of("case_reference", "meeting_date", "agency", "owner", "target",
            "description", "due_date", "status", "completed_on", "note", "overdue", "type", "type_detail", "type_date");

    private ActionSummaryDocument() {
    }

    static String status(ActionRow a) {
        if (a.status() == ActionStatus.DONE && a.completedOn() != null) {
            return text("action.status.doneOn", a.completedOn());
        }
        return text("action.status." + a.status().name().toLowerCase(Locale.ROOT));
    }

    static String target(ActionRow a) {
        return text("action.target." + a.target().name().toLowerCase(Locale.ROOT));
    }

    /**
     * The action's wording with its type on a line of its own (issue 16), unless it is Other without details:
     * "Tell the school\nType: Operation Encompass notification (Wyvern Park Primary School, 2026-11-24)".
     */
    static String described(ActionRow a) {
        if (a.typeCode() == null || "OTHER".equals(a.typeCode()) && a.detailText() == null && a.detailDate() == null) {
            return a.description();
        }
        java.util.List<String> details = new ArrayList<>();
        if (a.detailText() != null) {
            details.add(a.detailText());
        }
        if (a.detailDate() != null) {
            details.add(a.detailDate().toString());
        }
        String type = details.isEmpty() ? a.typeName() : text("action.type.withDetails", a.typeName(),
                String.join(", ", details));
        return a.description() + "\n" + text("action.type", type);
    }

    /** The CSV is a machine format (README): codes and enum names, not display text. */
    static void table(List<ActionRow> actions, LocalDate today, ExportFormat format, OutputStream out)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ActionRow a : actions) {
            rows.add(java.util.Arrays.asList(a.caseReference(), s(a.meetingDate()), a.agencyCode(), a.ownerName(),
                    a.target().name().toLowerCase(), a.description(), s(a.dueDate()), a.status().name().toLowerCase(),
                    s(a.completedOn()), a.note(), a.overdueOn(today) ? "yes" : "no",
                    a.typeCode() == null ? null : a.typeCode().toLowerCase(Locale.ROOT), a.detailText(),
                    s(a.detailDate())));
        }
        if (format == ExportFormat.XLSX) {
            Xlsx.write(out, "Actions", CSV_HEADER, rows);
        } else {
            Csv.write(out, CSV_HEADER, rows);
        }
    }

    static void pdf(String scope, List<ActionRow> actions, int withheld, LocalDate today, AgencyNames agencies,
                    PdfReport pdf) throws IOException {
        pdf.title(text("summary.title", scope));
        pdf.field(text("summary.asAt"), today.toString());
        long open = actions.stream().filter(a -> a.status() == ActionStatus.OPEN).count();
        long overdue = actions.stream().filter(a -> a.overdueOn(today)).count();
        pdf.field(text("summary.actions"), text("summary.actions.count", actions.size(), open, overdue));
        if (withheld > 0) {
            pdf.field(text("summary.withheld"), text("summary.withheld.count", withheld));
        }
        Map<String, List<ActionRow>> byCase = new LinkedHashMap<>();
        actions.forEach(a -> byCase.computeIfAbsent(a.caseReference(), k -> new ArrayList<>()).add(a));
        for (Map.Entry<String, List<ActionRow>> e : byCase.entrySet()) {
            pdf.heading(text("summary.case.heading", e.getKey()));
            List<String[]> rows = new ArrayList<>();
            for (ActionRow a : e.getValue()) {
                rows.add(new String[] {s(a.meetingDate()), agencies.name(a.agencyCode()),
                    MinutesSections.nz(a.ownerName()), described(a), s(a.dueDate()),
                    a.overdueOn(today) ? text("action.status.overdue", status(a)) : status(a),
                    MinutesSections.nz(a.note())});
            }
            pdf.table(new String[] {text("summary.col.agreed"), text("summary.col.agency"), text("summary.col.owner"),
                text("summary.col.action"), text("summary.col.due"), text("summary.col.status"),
                text("summary.col.note")},
                    new float[] {0.11f, 0.12f, 0.11f, 0.25f, 0.11f, 0.15f, 0.15f}, rows);
        }
        if (actions.isEmpty()) {
            pdf.paragraph(text("summary.noActions"));
        }
    }

    private static String s(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
