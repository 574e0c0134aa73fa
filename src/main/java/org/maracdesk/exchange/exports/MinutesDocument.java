package org.maracdesk.exchange.exports;

import static org.maracdesk.exchange.exports.DocumentText.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maracdesk.casework.actions.ActionRow;

/** Lays out minutes as PDF. */
final class MinutesDocument {
    private MinutesDocument() {
    }

    static void render(MinutesContent m, AgencyNames agencies, PdfReport pdf) throws IOException {
        String recipient = m.recipientAgency() == null ? null : agencies.name(m.recipientAgency());
        pdf.title(recipient == null ? text("minutes.title.full", m.meetingDate(), m.district())
                : text("minutes.title.agency", m.meetingDate(), m.district(), recipient));
        pdf.field(text("minutes.meeting"), m.virtual() ? text("minutes.meeting.online", m.meetingDate(), m.district())
                : m.venue() == null ? text("minutes.meeting.plain", m.meetingDate(), m.district())
                : text("minutes.meeting.venue", m.meetingDate(), m.district(), m.venue()));
        pdf.field(text("minutes.distribution"), recipient == null ? text("minutes.distribution.full")
                : text("minutes.distribution.agency", recipient));
        pdf.field(text("minutes.casesInCopy"), Integer.toString(m.cases().size()));
        if (recipient != null) {
            pdf.field(text("minutes.withheld"), m.withheld() == 0 ? text("minutes.withheld.none")
                    : text("doc.withheld", m.withheld()));
        }
        pdf.field(text("minutes.attendance"), m.attendance().isEmpty() ? text("minutes.attendance.none")
                : String.join(text("doc.listSeparator"), m.attendance()));
        for (MinutesContent.MinutesCase c : m.cases()) {
            caseSection(c, recipient == null, agencies, pdf);
        }
        if (m.cases().isEmpty()) {
            pdf.paragraph(text("minutes.noCases"));
        }
    }

    private static void caseSection(MinutesContent.MinutesCase c, boolean full, AgencyNames agencies, PdfReport pdf)
            throws IOException {
        pdf.heading(text(c.repeat() ? "minutes.case.headingRepeat" : "minutes.case.heading",
                Integer.toString(c.agendaOrder()), c.reference()));
        pdf.field(text("minutes.victim"), c.victimDateOfBirth() == null ? c.victim()
                : text("minutes.victim.born", c.victim(), c.victimDateOfBirth()));
        pdf.field(text("minutes.safeContact"), safeContact(c.safeContact()));
        pdf.field(text("minutes.perpetrators"), c.perpetrators().isEmpty() ? text("doc.none")
                : String.join(text("doc.listSeparator"), c.perpetrators()));
        pdf.field(text("minutes.children"), Integer.toString(c.children()));
        pdf.field(text("minutes.risk"), (c.score() == null ? text("minutes.risk.noScore")
                : text("minutes.risk.score", Integer.toString(c.score())))
                + (c.band() == null ? "" : text("minutes.risk.band", c.band().toLowerCase(Locale.ROOT)))
                + (c.routes() == null || c.routes().isBlank() ? "" : text("minutes.risk.routes", routes(c.routes()))));
        pdf.field(text("minutes.safetyPlan"), c.safetyPlan().isEmpty() ? text("minutes.safetyPlan.none")
                : String.join("\n", c.safetyPlan()));
        if (c.actions().isEmpty()) {
            pdf.paragraph(text(full ? "minutes.actions.noneFull" : "minutes.actions.noneAgency"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (ActionRow a : c.actions()) {
            rows.add(new String[] {agencies.name(a.agencyCode()), nz(a.ownerName()),
                ActionSummaryDocument.target(a), ActionSummaryDocument.described(a), a.dueDate() == null ? nz(null) : a.dueDate().toString(),
                ActionSummaryDocument.status(a)});
        }
        pdf.table(new String[] {text("minutes.col.agency"), text("minutes.col.owner"), text("minutes.col.target"),
            text("minutes.col.action"), text("minutes.col.due"), text("minutes.col.status")},
                new float[] {0.13f, 0.14f, 0.12f, 0.37f, 0.11f, 0.13f}, rows);
    }

    /** The victim's safe address and contact on one field, or who holds them. */
    static String safeContact(org.maracdesk.casework.SafeContact c) {
        if (c == null) {
            return text("minutes.safeContact.held");
        }
        if (c.isEmpty()) {
            return text("minutes.safeContact.none");
        }
        List<String> parts = new ArrayList<>();
        part(parts, "minutes.safeContact.address", c.address());
        part(parts, "minutes.safeContact.phone", c.phone());
        part(parts, "minutes.safeContact.email", c.email());
        if (c.safeToCall() != null) {
            parts.add(text(c.safeToCall() ? "minutes.safeContact.safeToCall" : "minutes.safeContact.notSafeToCall"));
        }
        part(parts, "minutes.safeContact.times", c.safeTimes());
        part(parts, "minutes.safeContact.contact", c.safeContact());
        return String.join("\n", parts);
    }

    private static void part(List<String> parts, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(text(key, value.strip()));
        }
    }

    /** Referral routes are stored as enum names (e.g. IDVA_REFERRAL); shown in lower case with spaces. */
    private static String routes(String routes) {
        return routes.toLowerCase(Locale.ROOT).replace('_', ' ').replace(",", ", ");
    }

    static String nz(String s) {
        return s == null ? text("doc.none") : s;
    }
}
