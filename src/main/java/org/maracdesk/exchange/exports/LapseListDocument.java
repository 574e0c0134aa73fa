package org.maracdesk.exchange.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maracdesk.casework.meetings.LapseList;

/** The lapse list as a table (CSV or XLSX), one row per case, for agencies to untag their files. */
final class LapseListDocument {
    static final List<String> HEADER = List.of("case_reference", "victim", "victim_date_of_birth",
            "last_referral_or_listing", "repeat_window_months", "window_ends_on", "meeting_date");

    private LapseListDocument() {
    }

    static void table(LapseList.Content list, ExportFormat format, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (LapseList.Row r : list.rows()) {
            rows.add(Arrays.asList(r.caseReference(), r.victimName(), s(r.victimDateOfBirth()),
                    s(r.lastReferralOrListing()), String.valueOf(list.windowMonths()), s(r.lapsesOn()),
                    s(list.meetingDate())));
        }
        if (format == ExportFormat.XLSX) {
            Xlsx.write(out, "Lapse list", HEADER, rows);
        } else {
            Csv.write(out, HEADER, rows);
        }
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}
