package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.CaseTransfer;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;

/**
 * The transfers between MARACs each case's part of the minutes carries (issue 16, decision 0069), read for every
 * case of the meeting in one query, in the builder's transaction and with its scope (a case outside it gets none).
 * A case's transfer is in the minutes unless it was finished before the case's last MARAC (an earlier meeting, not
 * cancelled, that listed it): finished means the papers and the handover both dated on or before that meeting, and
 * such a transfer was in that meeting's minutes already. A transfer whose victim moved after this meeting's date
 * belongs to a later meeting and is left out. Oldest first; the steps as they stood at close.
 */
final class FrozenTransfers {
    private FrozenTransfers() {
    }

    static Map<Long, List<FrozenMinutes.Transfer>> of(Session s, CaseScope scope, Meeting m, Collection<Long> caseIds) {
        Map<Long, List<FrozenMinutes.Transfer>> out = new HashMap<>();
        List<Long> inScope = caseIds.stream().filter(scope::includes).distinct().toList();
        if (inScope.isEmpty()) {
            return out;
        }
        List<Object[]> rows = s.createSelectionQuery("select t, (select max(l.meeting.meetingDate) from Listing l"
                + " where l.maracCase.id = t.maracCase.id and l.meeting.id <> :m and l.meeting.meetingDate < :d"
                + " and l.meeting.status <> :cancelled) from CaseTransfer t where t.maracCase.id in :ids"
                + " order by t.recordedAt, t.id", Object[].class).setParameter("m", m.getId())
                .setParameter("d", m.getMeetingDate()).setParameter("cancelled", MeetingStatus.CANCELLED)
                .setParameter("ids", inScope).getResultList();
        for (Object[] r : rows) {
            CaseTransfer t = (CaseTransfer) r[0];
            if (concerns(t, (LocalDate) r[1], m.getMeetingDate())) {
                out.computeIfAbsent(t.getMaracCase().getId(), k -> new ArrayList<>()).add(new FrozenMinutes.Transfer(
                        t.getDirection().name(), t.getOtherArea(), t.getMovedOn(), t.getPapersOn(), t.getHandoverOn(),
                        t.getHandoverService()));
            }
        }
        return out;
    }

    /** Whether the minutes of a meeting on {@code held} carry {@code t}; {@code lastMarac} null on a first listing. */
    static boolean concerns(CaseTransfer t, LocalDate lastMarac, LocalDate held) {
        if (t.getMovedOn() != null && t.getMovedOn().isAfter(held)) {
            return false;
        }
        return lastMarac == null || t.getPapersOn() == null || t.getHandoverOn() == null
                || t.getPapersOn().isAfter(lastMarac) || t.getHandoverOn().isAfter(lastMarac);
    }
}
