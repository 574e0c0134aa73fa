package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ProfessionalsMeeting;

/**
 * The professionals' meetings a case's part of the minutes carries (issue 16, decision 0049): those held after the
 * case's last MARAC before this one (any earlier meeting, not cancelled, that listed it) up to and including this
 * meeting's date, oldest first; all held up to this meeting when it is the case's first. A meeting removed as
 * recorded by mistake is left out. Read in the builder's transaction, with its scope (the whole record's): a case
 * outside the scope gets none.
 */
final class FrozenProfessionalsMeetings {
    private FrozenProfessionalsMeetings() {
    }

    static List<FrozenMinutes.ProfessionalsMeeting> since(Session s, CaseScope scope, Meeting m, long caseId) {
        if (!scope.includes(caseId)) {
            return List.of();
        }
        LocalDate last = s.createSelectionQuery("select max(l.meeting.meetingDate) from Listing l"
                + " where l.maracCase.id = :c and l.meeting.id <> :m and l.meeting.meetingDate < :d"
                + " and l.meeting.status <> :cancelled", LocalDate.class).setParameter("c", caseId)
                .setParameter("m", m.getId()).setParameter("d", m.getMeetingDate())
                .setParameter("cancelled", MeetingStatus.CANCELLED).getSingleResult();
        var query = s.createSelectionQuery("from ProfessionalsMeeting p where p.maracCase.id = :c and p.removedAt is null"
                + " and p.meetingDate <= :d" + (last == null ? "" : " and p.meetingDate > :after")
                + " order by p.meetingDate, p.id", ProfessionalsMeeting.class).setParameter("c", caseId)
                .setParameter("d", m.getMeetingDate());
        if (last != null) {
            query.setParameter("after", last);
        }
        return query.getResultList().stream()
                .map(p -> new FrozenMinutes.ProfessionalsMeeting(p.getMeetingDate(),
                        Arrays.asList(p.getAgencies().split(",")), p.getOutcome(), p.getActionsAgreed())).toList();
    }
}
