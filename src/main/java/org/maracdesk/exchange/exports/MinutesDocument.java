package org.maracdesk.exchange.exports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.actions.ActionRow;

/** Lays out minutes as PDF. */
final class MinutesDocument {
    private MinutesDocument() {
    }

    static void render(MinutesContent m, PdfReport pdf) throws IOException {
        pdf.title("MARAC minutes — " + m.meetingDate() + ", " + m.district()
                + (m.recipientAgency() == null ? " (full minutes)" : " — for " + AgencyNames.name(m.recipientAgency())));
        pdf.field("Meeting", m.meetingDate() + ", " + m.district() + (m.virtual() ? ", held online"
                : m.venue() == null ? "" : ", " + m.venue()));
        pdf.field("Distribution", m.recipientAgency() == null ? "Coordinator only (full minutes)"
                : AgencyNames.name(m.recipientAgency()) + " only: the cases it attended or has actions on");
        pdf.field("Cases in this copy", Integer.toString(m.cases().size()));
        if (m.recipientAgency() != null) {
            pdf.field("Cases withheld", m.withheld() == 0 ? "none"
                    : m.withheld() + (m.withheld() == 1 ? " case was" : " cases were")
                    + " withheld from this copy because of a restriction on sharing");
        }
        pdf.field("Attendance", m.attendance().isEmpty() ? "not recorded in MARAC Desk"
                : String.join("; ", m.attendance()));
        for (MinutesContent.MinutesCase c : m.cases()) {
            caseSection(c, m.recipientAgency() == null, pdf);
        }
        if (m.cases().isEmpty()) {
            pdf.paragraph("No cases at this meeting are for this recipient.");
        }
    }

    private static void caseSection(MinutesContent.MinutesCase c, boolean full, PdfReport pdf) throws IOException {
        pdf.heading(c.agendaOrder() + ". Case " + c.reference() + (c.repeat() ? " (repeat)" : ""));
        pdf.field("Victim", c.victim() + (c.victimDateOfBirth() == null ? "" : ", born " + c.victimDateOfBirth()));
        pdf.field("Person(s) causing harm", c.perpetrators().isEmpty() ? "–" : String.join("; ", c.perpetrators()));
        pdf.field("Children in household", Integer.toString(c.children()));
        pdf.field("Risk summary", (c.score() == null ? "no checklist score" : "checklist score " + c.score())
                + (c.band() == null ? "" : ", " + c.band().toLowerCase(java.util.Locale.ROOT) + " risk")
                + (c.routes() == null || c.routes().isBlank() ? "" : "; referred on: " + routes(c.routes())));
        pdf.field("Joint safety plan", c.safetyPlan().isEmpty() ? "None recorded at the meeting; see the actions below"
                : String.join("\n", c.safetyPlan()));
        if (c.actions().isEmpty()) {
            pdf.paragraph(full ? "No actions recorded." : "No actions for your agency.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (ActionRow a : c.actions()) {
            rows.add(new String[] {AgencyNames.name(a.agencyCode()), nz(a.ownerName()), a.target().name().toLowerCase(),
                a.description(), a.dueDate() == null ? "–" : a.dueDate().toString(), ActionSummaryDocument.status(a)});
        }
        pdf.table(new String[] {"Agency", "Owner", "Target", "Action", "Due", "Status"},
                new float[] {0.13f, 0.14f, 0.12f, 0.37f, 0.11f, 0.13f}, rows);
    }

    private static String routes(String routes) {
        return routes.toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace(",", ", ");
    }

    static String nz(String s) {
        return s == null ? "–" : s;
    }
}
