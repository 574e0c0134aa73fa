package org.maracdesk.exchange.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.actions.ActionRow;

/** The Idva action summary as PDF or CSV (columns documented in the README). */
final class ActionSummaryDocument {
    static final List<String> CSV_HEADER = List.of("case_reference", "meeting_date", "agency", "owner", "target",
            "description", "due_date", "status", "completed_on", "note", "overdue");

    private ActionSummaryDocument() {
    }

    static String status(ActionRow a) {
        return switch (a.status()) {
            case OPEN -> "open";
            case DONE -> "done" + (a.completedOn() == null ? "" : " " + a.completedOn());
            case NOT_POSSIBLE -> "not possible (circumstances changed)";
            case NOT_DONE -> "not done";
        };
    }

    static void csv(List<ActionRow> actions, LocalDate today, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ActionRow a : actions) {
            rows.add(java.util.Arrays.asList(a.caseReference(), s(a.meetingDate()), a.agencyCode(), a.ownerName(),
                    a.target().name().toLowerCase(), a.description(), s(a.dueDate()), a.status().name().toLowerCase(),
                    s(a.completedOn()), a.note(), a.overdueOn(today) ? "yes" : "no"));
        }
        Csv.write(out, CSV_HEADER, rows);
    }

    static void pdf(String scope, List<ActionRow> actions, int withheld, LocalDate today, PdfReport pdf)
            throws IOException {
        pdf.title("Idva action summary — " + scope);
        pdf.field("As at", today.toString());
        long open = actions.stream().filter(a -> a.status() == ActionStatus.OPEN).count();
        long overdue = actions.stream().filter(a -> a.overdueOn(today)).count();
        pdf.field("Actions", actions.size() + " (" + open + " open, " + overdue + " overdue)");
        if (withheld > 0) {
            pdf.field("Cases withheld", withheld + (withheld == 1 ? " case was" : " cases were")
                    + " withheld because of a restriction on sharing");
        }
        Map<String, List<ActionRow>> byCase = new LinkedHashMap<>();
        actions.forEach(a -> byCase.computeIfAbsent(a.caseReference(), k -> new ArrayList<>()).add(a));
        for (Map.Entry<String, List<ActionRow>> e : byCase.entrySet()) {
            pdf.heading("Case " + e.getKey());
            List<String[]> rows = new ArrayList<>();
            for (ActionRow a : e.getValue()) {
                rows.add(new String[] {s(a.meetingDate()), AgencyNames.name(a.agencyCode()),
                    MinutesDocument.nz(a.ownerName()), a.description(), s(a.dueDate()),
                    status(a) + (a.overdueOn(today) ? " — OVERDUE" : ""), MinutesDocument.nz(a.note())});
            }
            pdf.table(new String[] {"Agreed", "Agency", "Owner", "Action", "Due", "Status", "Note"},
                    new float[] {0.11f, 0.12f, 0.11f, 0.25f, 0.11f, 0.15f, 0.15f}, rows);
        }
        if (actions.isEmpty()) {
            pdf.paragraph("No actions.");
        }
    }

    private static String s(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
