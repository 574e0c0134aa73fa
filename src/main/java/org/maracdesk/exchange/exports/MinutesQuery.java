package org.maracdesk.exchange.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.WithheldCases;
import org.maracdesk.casework.meetings.FrozenMinutes;
import org.maracdesk.casework.meetings.MinutesRecords;

/**
 * Makes a copy of a meeting's minutes from one version of its frozen record (decision 0033), never from the
 * live tables: an action updated after the meeting does not change it. An agency's copy holds a case only when
 * the agency was asked for research on it, was present when it was heard, or holds an action on it (as the
 * record says); a case whose must-not-receive list names the agency or one of its representatives (as the lists
 * stand now) is left out and only counted, as is a case outside the exporting account's scope.
 */
public final class MinutesQuery {
    /** The police-only sections of a case go into the police copy and the full minutes, no other. */
    static final String POLICE = "police";

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
     * @param scope   the need-to-know scope of the account exporting: cases outside it are counted, never shown
     * @param agency  null for the full minutes
     * @param version null for the current version
     */
    public MinutesContent read(Session s, CaseScope scope, long meetingId, String agency, Integer version) {
        MinutesRecords.Stored stored = MinutesRecords.read(s, scope, meetingId, version);
        Set<Long> barred = agency == null ? Set.of() : WithheldCases.fromAgency(s, agency);
        return copy(stored, scope, agency, barred);
    }

    /** The copy for {@code agency} (null: full) of a stored record, with the cases barred from that agency. */
    static MinutesContent copy(MinutesRecords.Stored stored, CaseScope scope, String agency, Set<Long> barred) {
        FrozenMinutes r = stored.record();
        List<MinutesContent.MinutesCase> cases = new ArrayList<>();
        Set<Long> inCopy = new java.util.HashSet<>();
        int withheld = 0;
        for (FrozenMinutes.Case c : r.cases()) {
            List<MinutesContent.Reason> reasons = agency == null ? List.of() : reasons(c, agency);
            if (agency != null && reasons.isEmpty()) {
                continue;
            }
            if (barred.contains(c.caseId()) || !scope.includes(c.caseId())) {
                withheld++;
                continue;
            }
            inCopy.add(c.caseId());
            List<FrozenMinutes.Action> actions = agency == null ? c.actions()
                    : c.actions().stream().filter(a -> agency.equals(a.agency())).toList();
            List<FrozenMinutes.Action> earlier = agency == null ? c.openEarlier()
                    : c.openEarlier().stream().filter(a -> agency.equals(a.agency())).toList();
            boolean police = POLICE.equals(agency);
            cases.add(new MinutesContent.MinutesCase(c, reasons, actions, earlier,
                    police && c.policeOnly() != null ? c.policeOnly() : Map.of()));
        }
        List<FrozenMinutes.Review> review = r.review().stream().filter(a -> scope.includes(a.caseId())
                && !barred.contains(a.caseId()) && (agency == null || agency.equals(a.agency())
                || inCopy.contains(a.caseId()))).toList();
        List<FrozenMinutes.Lapse> lapses = r.lapses().stream().filter(l -> agency == null
                ? scope.includes(l.caseId()) : inCopy.contains(l.caseId())).toList();
        return new MinutesContent(r.meetingId(), r.version(), r.supersedes(), r.reason(), r.closedAt(),
                r.recordedBy(), stored.sha256(), agency, r.header(), r.attendance(), review, cases, lapses,
                agency == null ? r.lapseNote() : null, r.anyOtherBusiness(), r.nextMeeting(), withheld);
    }

    /** Why the record sends the case to the agency: research asked of it, present, holds an action. */
    static List<MinutesContent.Reason> reasons(FrozenMinutes.Case c, String agency) {
        List<MinutesContent.Reason> out = new ArrayList<>();
        FrozenMinutes.Sharing sharing = c.sharing();
        if (sharing.researchAsked().contains(agency)) {
            out.add(MinutesContent.Reason.RESEARCH_ASKED);
        }
        if (sharing.present().contains(agency)) {
            out.add(MinutesContent.Reason.PRESENT);
        }
        if (sharing.actionHolders().contains(agency)) {
            out.add(MinutesContent.Reason.HOLDS_ACTION);
        }
        return List.copyOf(out);
    }
}
