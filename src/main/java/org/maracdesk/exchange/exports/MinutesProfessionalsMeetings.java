package org.maracdesk.exchange.exports;

import static org.maracdesk.exchange.exports.DocumentText.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.meetings.FrozenMinutes;

/**
 * A case's professionals' meetings since its last MARAC in the minutes (issue 16, decision 0049): one paragraph
 * each (date, agencies present, outcome, actions agreed), in every copy that holds the case; nothing when there
 * were none (and in records of format 4 and earlier, which have none).
 */
final class MinutesProfessionalsMeetings {
    private MinutesProfessionalsMeetings() {
    }

    static void print(List<FrozenMinutes.ProfessionalsMeeting> meetings, AgencyNames agencies, PdfReport pdf)
            throws IOException {
        if (meetings.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (FrozenMinutes.ProfessionalsMeeting p : meetings) {
            lines.add(text("minutes.promeeting.line", p.date().toString(), String.join(text("doc.listSeparator"),
                    p.agencies().stream().map(agencies::name).toList()), p.outcome()));
            if (p.actions() != null) {
                lines.add(text("minutes.promeeting.actions", p.actions()));
            }
        }
        pdf.field(text("minutes.promeeting"), String.join("\n", lines));
    }
}
