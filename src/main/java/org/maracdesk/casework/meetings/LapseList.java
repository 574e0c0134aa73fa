package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.WithheldCases;
import org.maracdesk.casework.settings.Settings;

/**
 * The lapse list of one meeting as it leaves MARAC Desk for agencies to take their "flag and tag"
 * markers off (MARAC.md §2.9): each case with its victim's name and date of birth, the last referral or
 * listing and the day the repeat window passes. Within the reader's scope; with an agency, leaving out
 * the cases that agency must not receive (counted as withheld).
 */
public final class LapseList {
    private LapseList() {
    }

    /** One case of the list. */
    public record Row(long caseId, String caseReference, String victimName, LocalDate victimDateOfBirth,
                      LocalDate lastReferralOrListing, LocalDate lapsesOn) {
    }

    /** The list of a meeting; {@code windowMonths} is the local settings' repeat window it was worked out with. */
    public record Content(long meetingId, LocalDate meetingDate, int windowMonths, List<Row> rows, int withheld) {
        public Content {
            rows = List.copyOf(rows);
        }
    }

    /** @param agency the receiving agency's code, or null for the coordinator's own full list */
    public static Content read(Session s, CaseScope scope, long meetingId, String agency) {
        Meeting m = Headers.meeting(s, meetingId);
        List<LapseItem> items = AgendaService.lapses(s, scope, m);
        Set<Long> barred = agency == null ? Set.of() : WithheldCases.fromAgency(s, agency);
        Map<Long, Object[]> victims = new HashMap<>();
        List<Long> ids = items.stream().map(LapseItem::caseId).filter(scope::includes).toList();
        if (!ids.isEmpty()) {
            for (Object[] r : s.createSelectionQuery("select c.id, v.givenName, v.familyName, v.dateOfBirth"
                    + " from MaracCase c join c.victim v where c.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                victims.put((Long) r[0], r);
            }
        }
        List<Row> rows = new ArrayList<>();
        int withheld = 0;
        for (LapseItem i : items) {
            if (!scope.includes(i.caseId())) {
                continue;
            }
            if (barred.contains(i.caseId())) {
                withheld++;
                continue;
            }
            Object[] v = victims.get(i.caseId());
            rows.add(new Row(i.caseId(), i.caseReference(), v[1] + " " + v[2], (LocalDate) v[3], i.lastListed(),
                    i.lapsesOn()));
        }
        return new Content(m.getId(), m.getMeetingDate(), Settings.current(s).thresholds().repeatWindowMonths(), rows,
                withheld);
    }
}
