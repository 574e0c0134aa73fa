package org.maracdesk.exchange.exports;

import static org.maracdesk.exchange.exports.DocumentText.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maracdesk.casework.SafeContact;
import org.maracdesk.casework.meetings.FrozenMinutes;

/**
 * Lays out one copy of the minutes as PDF, from the copy alone (decision 0033): the same copy prints the same
 * text. The victim's current safe contact details, which are not part of the record, are passed apart.
 */
final class MinutesDocument {
    private MinutesDocument() {
    }

    /** @param safeContact by case id, for copies that may carry them; a case not in it says who holds them */
    static void render(MinutesContent m, Map<Long, SafeContact> safeContact, AgencyNames agencies, PdfReport pdf)
            throws IOException {
        String recipient = m.recipientAgency() == null ? null : agencies.name(m.recipientAgency());
        pdf.title(recipient == null ? text("minutes.title.full", m.meetingDate(), m.district())
                : text("minutes.title.agency", m.meetingDate(), m.district(), recipient));
        FrozenMinutes.Header h = m.header();
        pdf.field(text("minutes.meeting"), h.virtual() ? text("minutes.meeting.online", h.date(), h.district())
                : h.venue() == null ? text("minutes.meeting.plain", h.date(), h.district())
                : text("minutes.meeting.venue", h.date(), h.district(), h.venue()));
        pdf.field(text("minutes.chair"), MinutesSections.nz(h.chair()));
        pdf.field(text("minutes.recordedBy"), MinutesSections.nz(m.recordedBy()));
        pdf.field(text("minutes.version"), m.supersedes() == null ? text("minutes.version.first", m.version(),
                MinutesSections.instant(m.closedAt())) : text("minutes.version.later", m.version(),
                MinutesSections.instant(m.closedAt()), m.supersedes(), MinutesSections.nz(m.reason())));
        pdf.field(text("minutes.fingerprint"), text("minutes.fingerprint.value", m.recordSha256().substring(0, 16),
                m.contentSha256().substring(0, 16)));
        pdf.field(text("minutes.distribution"), recipient == null ? text("minutes.distribution.full")
                : text("minutes.distribution.agency", recipient));
        pdf.field(text("minutes.casesInCopy"), Integer.toString(m.cases().size()));
        if (recipient != null) {
            pdf.field(text("minutes.withheld"), m.withheld() == 0 ? text("minutes.withheld.none")
                    : text("doc.withheld", m.withheld()));
        }
        pdf.field(text("minutes.attendance"), m.attendance().isEmpty() ? text("minutes.attendance.none")
                : String.join("\n", MinutesSections.attendance(m.attendance(), agencies)));
        MinutesSections.review(m.review(), agencies, pdf);
        for (MinutesContent.MinutesCase c : m.cases()) {
            caseSection(c, recipient == null, safeContact.get(c.caseId()), agencies, pdf);
        }
        if (m.cases().isEmpty()) {
            pdf.paragraph(text("minutes.noCases"));
        }
        MinutesSections.closing(m, pdf);
    }

    private static void caseSection(MinutesContent.MinutesCase mc, boolean full, SafeContact contact,
                                    AgencyNames agencies, PdfReport pdf) throws IOException {
        FrozenMinutes.Case c = mc.record();
        pdf.heading(text(c.markers().repeat() ? "minutes.case.headingRepeat" : "minutes.case.heading",
                Integer.toString(c.order()), c.reference()));
        if (!full) {
            pdf.field(text("minutes.reasons"), MinutesSections.reasons(mc.reasons()));
        }
        pdf.field(text("minutes.victim"), c.victimBorn() == null ? c.victim()
                : text("minutes.victim.born", c.victim(), c.victimBorn()));
        pdf.field(text("minutes.safeContact"), safeContact(contact));
        pdf.field(text("minutes.perpetrators"), c.perpetrators().isEmpty() ? text("doc.none")
                : String.join(text("doc.listSeparator"), c.perpetrators()));
        pdf.field(text("minutes.markers"), MinutesSections.markers(c.markers()));
        MinutesSections.court(c.court(), pdf);
        MinutesTransfers.print(c.transfers(), pdf);
        FrozenMinutes.Risk r = c.risk();
        pdf.field(text("minutes.risk"), (r.score() == null ? text("minutes.risk.noScore")
                : text("minutes.risk.score", Integer.toString(r.score())))
                + (r.band() == null ? "" : text("minutes.risk.band", r.band().toLowerCase(Locale.ROOT)))
                + (r.routes() == null || r.routes().isEmpty() ? "" : text("minutes.risk.routes",
                routes(String.join(",", r.routes())))));
        MinutesSections.risks(r, pdf);
        MinutesSections.research(c.research(), agencies, pdf);
        MinutesProfessionalsMeetings.print(c.professionalsMeetings(), agencies, pdf);
        pdf.field(text("minutes.safetyPlan"), c.safetyPlan().isEmpty() ? text("minutes.safetyPlan.none")
                : String.join("\n", c.safetyPlan()));
        if (mc.actions().isEmpty()) {
            pdf.paragraph(text(full ? "minutes.actions.noneFull" : "minutes.actions.noneAgency"));
        } else {
            pdf.paragraph(text("minutes.actions.agreed"));
            MinutesSections.actions(mc.actions(), agencies, pdf);
        }
        if (!mc.openEarlier().isEmpty()) {
            pdf.paragraph(text("minutes.actions.earlier"));
            MinutesSections.actions(mc.openEarlier(), agencies, pdf);
        }
        MinutesSections.policeOnly(mc.policeOnly(), pdf);
    }

    /** The victim's safe address and contact on one field, or who holds them. */
    static String safeContact(SafeContact c) {
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
        parts.add(text("minutes.safeContact.current"));
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
}
