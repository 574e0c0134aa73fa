package org.maracdesk.exchange.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.SafeContact;
import org.maracdesk.casework.SafeContactRule;
import org.maracdesk.casework.SafeContactService;
import org.maracdesk.casework.WithheldCases;
import org.maracdesk.casework.actions.ActionQueries;
import org.maracdesk.casework.actions.ActionRow;

/**
 * Reads one meeting's minutes for a recipient. An agency gets the cases it attended or has
 * actions on, with only its own actions; a case whose must-not-receive list names the agency or
 * one of its representatives is left out and only counted. The victim's safe address and contact
 * details go only into copies whose recipient and exporter may both see them ({@link SafeContactRule});
 * other copies say the MARAC coordinator holds them.
 */
public final class MinutesQuery {
    private final MeetingRecordSource record;

    public MinutesQuery(MeetingRecordSource record) {
        this.record = record;
    }

    /** The id of the most recent closed meeting. */
    public static long lastClosedMeeting(Session s) {
        List<Long> ids = s.createSelectionQuery("select m.id from Meeting m where m.status = :closed"
                + " order by m.meetingDate desc, m.id desc", Long.class)
                .setParameter("closed", MeetingStatus.CLOSED).setMaxResults(1).getResultList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("--meeting: there is no closed meeting yet");
        }
        return ids.get(0);
    }

    /**
     * @param scope  the need-to-know scope of the account exporting: cases outside it are counted, never shown
     * @param agency null for the full minutes
     */
    public MinutesContent read(Session s, CaseScope scope, long meetingId, String agency) {
        List<Object[]> meeting = s.createSelectionQuery("select m.meetingDate, m.district, m.venue, m.virtual"
                + " from Meeting m where m.id = :id", Object[].class).setParameter("id", meetingId).getResultList();
        if (meeting.isEmpty()) {
            throw new IllegalArgumentException("--meeting: there is no meeting " + meetingId);
        }
        Object[] m = meeting.get(0);
        Map<Long, List<ActionRow>> actions = new HashMap<>();
        for (ActionRow a : actions(s, meetingId)) {
            actions.computeIfAbsent(a.caseId(), k -> new ArrayList<>()).add(a);
        }
        Set<Long> barred = agency == null ? Set.of() : WithheldCases.fromAgency(s, agency);
        boolean safeContact = scope.seesSafeContact() && (agency == null || SafeContactRule.agencySees(s, agency));
        List<MinutesContent.MinutesCase> cases = new ArrayList<>();
        int withheld = 0;
        for (Object[] l : s.createSelectionQuery("select c.id, c.reference, l.agendaOrder, l.repeatListing,"
                + " v.givenName, v.familyName, v.dateOfBirth from Listing l join l.maracCase c join c.victim v"
                + " where l.meeting.id = :id order by l.agendaOrder", Object[].class)
                .setParameter("id", meetingId).getResultList()) {
            long caseId = (Long) l[0];
            List<ActionRow> caseActions = actions.getOrDefault(caseId, List.of());
            if (agency == null && !scope.includes(caseId)) {
                withheld++;
                continue;
            }
            if (agency != null) {
                caseActions = caseActions.stream().filter(a -> a.agencyCode().equals(agency)).toList();
                boolean needsToKnow = !caseActions.isEmpty()
                        || record.agenciesPresent(s, meetingId, caseId).contains(agency);
                if (!needsToKnow) {
                    continue;
                }
                if (barred.contains(caseId) || !scope.includes(caseId)) {
                    withheld++;
                    continue;
                }
            }
            cases.add(caseOf(s, meetingId, (LocalDate) m[0], l, caseActions,
                    safeContact ? SafeContactService.victimContact(s, scope, caseId) : null));
        }
        return new MinutesContent(meetingId, (LocalDate) m[0], (String) m[1], (String) m[2], (Boolean) m[3], agency,
                record.attendance(s, meetingId), cases, withheld);
    }

    /**
     * The actions agreed at the meeting and the open actions of the cases listed on it, in the action
     * lists' order. Two indexed reads (V29: action_item by meeting; by case for the listed cases): one
     * condition joining both with OR had the database test every action the vault holds (5.7 s for a
     * 20-case meeting on 100,000 cases).
     */
    private static List<ActionRow> actions(Session s, long meetingId) {
        Map<Long, ActionRow> byId = new java.util.LinkedHashMap<>();
        ActionQueries.where(s, "fk(a.meeting) = :meeting", "meeting", meetingId).forEach(a -> byId.put(a.id(), a));
        List<Long> listed = s.createSelectionQuery("select l.maracCase.id from Listing l where l.meeting.id = :meeting",
                Long.class).setParameter("meeting", meetingId).getResultList();
        if (!listed.isEmpty()) {
            ActionQueries.where(s, "a.status = :open and c.id in :cases", "open",
                    org.maracdesk.casework.ActionStatus.OPEN, "cases", listed).forEach(a -> byId.putIfAbsent(a.id(), a));
        }
        return byId.values().stream().sorted(java.util.Comparator.comparing(ActionRow::dueDate,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(ActionRow::caseReference).thenComparingLong(ActionRow::id)).toList();
    }

    private MinutesContent.MinutesCase caseOf(Session s, long meetingId, LocalDate date, Object[] l,
                                              List<ActionRow> actions, SafeContact safeContact) {
        long caseId = (Long) l[0];
        List<String> perpetrators = s.createSelectionQuery("select p.givenName || ' ' || p.familyName"
                + " from MaracCase c join c.perpetrators p where c.id = :id order by p.familyName", String.class)
                .setParameter("id", caseId).getResultList();
        long children = s.createSelectionQuery("select count(k) from MaracCase c join c.children k where c.id = :id",
                Long.class).setParameter("id", caseId).getSingleResult();
        List<Object[]> risk = s.createSelectionQuery("select r.score, r.band, r.routes from Referral r"
                + " where r.maracCase.id = :id and r.referralDate <= :date order by r.referralDate desc, r.id desc",
                Object[].class).setParameter("id", caseId).setParameter("date", date).setMaxResults(1).getResultList();
        Object[] r = risk.isEmpty() ? new Object[3] : risk.get(0);
        return new MinutesContent.MinutesCase(caseId, (String) l[1], (Integer) l[2], (Boolean) l[3], l[4] + " " + l[5],
                (LocalDate) l[6], perpetrators, (int) children, (Integer) r[0], (String) r[1], (String) r[2],
                record.safetyPlan(s, meetingId, caseId), actions, safeContact);
    }
}
