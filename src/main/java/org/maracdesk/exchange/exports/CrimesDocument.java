package org.maracdesk.exchange.exports;

import static org.maracdesk.exchange.exports.DocumentText.text;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.meetings.CrimeLine;
import org.maracdesk.casework.meetings.CrimesDisclosed;

/**
 * The crimes disclosed at one meeting, listed for police to record: as CSV or XLSX (one row per
 * crime) or PDF (a table per case). Only cases in the exporting account's scope.
 */
final class CrimesDocument {
    static final List<String> CSV_HEADER = List.of("meeting_date", "case_reference", "crime_id", "what", "when",
            "when_in_words", "against", "person", "against_in_words", "disclosed_by", "police_reference",
            "moved_from_free_text");

    private CrimesDocument() {
    }

    /** What the export holds. {@code withheld}: cases with crimes outside the account's scope (a count). */
    record Content(long meetingId, LocalDate meetingDate, String district, List<CrimeLine> crimes, int withheld) {
        List<Long> caseIds() {
            return crimes.stream().map(CrimeLine::caseId).distinct().toList();
        }
    }

    static Content read(Session s, CaseScope scope, long meetingId) {
        Object[] m = s.createSelectionQuery("select m.meetingDate, m.district from Meeting m where m.id = :id",
                Object[].class).setParameter("id", meetingId).getResultList().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--meeting: there is no meeting " + meetingId));
        List<CrimeLine> crimes = CrimesDisclosed.forMeeting(s, scope, meetingId, null);
        long all = s.createSelectionQuery("select count(distinct k.caseId) from CrimeDisclosed k"
                + " where k.meetingId = :m", Long.class).setParameter("m", meetingId).getSingleResult();
        int shown = (int) crimes.stream().map(CrimeLine::caseId).distinct().count();
        return new Content(meetingId, (LocalDate) m[0], (String) m[1], crimes, (int) all - shown);
    }

    static void table(Content c, AgencyNames agencies, ExportFormat format, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CrimeLine k : c.crimes()) {
            rows.add(List.of(c.meetingDate().toString(), k.caseReference(), Long.toString(k.id()), k.description(),
                    k.occurredOn() == null ? "" : k.occurredOn().toString(), blank(k.occurredNote()),
                    k.against() == null ? "" : k.against().name().toLowerCase(Locale.ROOT), blank(k.personName()),
                    blank(k.againstNote()), k.disclosedBy() == null ? "" : agencies.name(k.disclosedBy()),
                    blank(k.policeReference()), Boolean.toString(k.fromFreeText())));
        }
        if (format == ExportFormat.XLSX) {
            Xlsx.write(out, "Crimes disclosed", CSV_HEADER, rows);
        } else {
            Csv.write(out, CSV_HEADER, rows);
        }
    }

    static void pdf(Content c, AgencyNames agencies, PdfReport pdf) throws IOException {
        pdf.title(text("crimes.title", c.meetingDate(), c.district()));
        pdf.paragraph(text("crimes.intro"));
        pdf.field(text("crimes.count"), Integer.toString(c.crimes().size()));
        if (c.withheld() > 0) {
            pdf.field(text("crimes.withheld"), text("doc.withheld", c.withheld()));
        }
        String reference = null;
        List<String[]> rows = new ArrayList<>();
        for (CrimeLine k : c.crimes()) {
            if (!k.caseReference().equals(reference)) {
                flush(pdf, rows);
                reference = k.caseReference();
                pdf.heading(text("crimes.case.heading", Integer.toString(k.agendaOrder()), reference));
            }
            rows.add(new String[] {k.description() + (k.fromFreeText() ? "\n" + text("crimes.fromFreeText") : ""),
                when(k), against(k), k.disclosedBy() == null ? text("doc.none") : agencies.name(k.disclosedBy()),
                k.policeReference() == null ? text("crimes.notRecorded") : k.policeReference()});
        }
        flush(pdf, rows);
        if (c.crimes().isEmpty()) {
            pdf.paragraph(text("crimes.none"));
        }
    }

    private static void flush(PdfReport pdf, List<String[]> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        pdf.table(new String[] {text("crimes.col.what"), text("crimes.col.when"), text("crimes.col.against"),
            text("crimes.col.disclosedBy"), text("crimes.col.reference")},
                new float[] {0.38f, 0.14f, 0.18f, 0.15f, 0.15f}, List.copyOf(rows));
        rows.clear();
    }

    private static String when(CrimeLine k) {
        if (k.occurredOn() == null) {
            return k.occurredNote() == null ? text("doc.none") : k.occurredNote();
        }
        return k.occurredNote() == null ? k.occurredOn().toString() : k.occurredOn() + "\n" + k.occurredNote();
    }

    static String against(CrimeLine k) {
        if (k.against() == null) {
            return text("doc.none");
        }
        String who = text("crimes.against." + k.against().name().toLowerCase(Locale.ROOT));
        if (k.personName() != null) {
            who = who + ": " + k.personName();
        }
        return k.againstNote() == null ? who : who + "\n" + k.againstNote();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
