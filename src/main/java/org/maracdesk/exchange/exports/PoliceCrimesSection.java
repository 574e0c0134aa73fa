package org.maracdesk.exchange.exports;

import static org.maracdesk.exchange.exports.DocumentText.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.meetings.CrimeLine;
import org.maracdesk.casework.meetings.CrimesDisclosed;

/**
 * The police copy of the minutes ends with the crimes disclosed at the meeting on the cases of
 * that copy, for recording; no other copy has this section. Kept apart from the minutes layout so
 * that the minutes can be rebuilt from their frozen record without touching it.
 */
final class PoliceCrimesSection {
    private PoliceCrimesSection() {
    }

    /** Whether a copy for {@code agency} carries the section. */
    static boolean appliesTo(String agency) {
        return CrimesDisclosed.POLICE.equals(agency);
    }

    /** The crimes of the meeting on {@code cases} (the cases of the copy), within the exporting account's scope. */
    static List<CrimeLine> read(Session s, CaseScope scope, long meetingId, Set<Long> cases) {
        return CrimesDisclosed.forMeeting(s, scope, meetingId, null).stream()
                .filter(k -> cases.contains(k.caseId())).toList();
    }

    static void render(List<CrimeLine> crimes, AgencyNames agencies, PdfReport pdf) throws IOException {
        pdf.heading(text("crimes.minutes.heading"));
        pdf.paragraph(text("crimes.minutes.intro"));
        if (crimes.isEmpty()) {
            pdf.paragraph(text("crimes.none"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (CrimeLine k : crimes) {
            rows.add(new String[] {k.caseReference(), k.description(), k.occurredOn() == null
                    ? (k.occurredNote() == null ? text("doc.none") : k.occurredNote()) : k.occurredOn().toString(),
                CrimesDocument.against(k), k.disclosedBy() == null ? text("doc.none") : agencies.name(k.disclosedBy()),
                k.policeReference() == null ? text("crimes.notRecorded") : k.policeReference()});
        }
        pdf.table(new String[] {text("crimes.col.case"), text("crimes.col.what"), text("crimes.col.when"),
            text("crimes.col.against"), text("crimes.col.disclosedBy"), text("crimes.col.reference")},
                new float[] {0.12f, 0.32f, 0.12f, 0.16f, 0.14f, 0.14f}, rows);
    }
}
