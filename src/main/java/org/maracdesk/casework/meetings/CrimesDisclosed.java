package org.maracdesk.casework.meetings;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.CrimeAgainst;
import org.maracdesk.casework.CrimeDisclosed;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Person;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Role;

/**
 * Reads the crimes disclosed at a meeting, within the reader's need-to-know scope, for the
 * meeting view, the police export and the police copy of the minutes. Call it inside the
 * caller's transaction; it writes nothing and audits nothing (the caller records what it shows).
 */
public final class CrimesDisclosed {
    /** The agency whose accounts record crimes and receive the list of them. */
    public static final String POLICE = "police";

    private CrimesDisclosed() {
    }

    /**
     * The crimes disclosed at one meeting, in agenda order then as entered; only of {@code caseId}
     * when it is not null. Cases outside {@code scope} are left out.
     */
    public static List<CrimeLine> forMeeting(Session s, CaseScope scope, long meetingId, Long caseId) {
        var query = s.createSelectionQuery("select k from CrimeDisclosed k join fetch k.listing l"
                + " join fetch l.maracCase left join fetch k.person where k.meetingId = :m"
                + (caseId == null ? "" : " and k.caseId = :c") + " order by l.agendaOrder, l.id, k.id",
                CrimeDisclosed.class).setParameter("m", meetingId);
        if (caseId != null) {
            query.setParameter("c", caseId);
        }
        List<CrimeDisclosed> rows = query.getResultList();
        List<CrimeLine> out = new ArrayList<>();
        for (CrimeDisclosed k : rows) {
            if (scope.includes(k.getCaseId())) {
                out.add(line(k));
            }
        }
        return out;
    }

    /** Whether the account may export the crimes of a meeting for recording: police, or the coordinator. */
    public static boolean mayExport(AccountInfo who) {
        return who != null && (who.role() == Role.COORDINATOR
                || who.role() == Role.AGENCY_REPRESENTATIVE && POLICE.equals(who.agencyCode()));
    }

    /** The people of a case a crime can be recorded against: the victim, the children, others at risk. */
    static List<CasePerson> people(MaracCase c) {
        List<CasePerson> out = new ArrayList<>();
        out.add(new CasePerson(c.getVictim().getId(), CrimeAgainst.VICTIM, name(c.getVictim())));
        c.getChildren().stream().sorted(java.util.Comparator.comparing(Person::getId))
                .forEach(p -> out.add(new CasePerson(p.getId(), CrimeAgainst.CHILD, name(p))));
        c.getOthersAtRisk().stream().sorted(java.util.Comparator.comparing(Person::getId))
                .forEach(p -> out.add(new CasePerson(p.getId(), CrimeAgainst.OTHER, name(p))));
        return out;
    }

    static CrimeLine line(CrimeDisclosed k) {
        return new CrimeLine(k.getId(), k.getCaseId(), k.getListing().getMaracCase().getReference(),
                k.getListing().getAgendaOrder(), k.getDescription(), k.getOccurredOn(), k.getOccurredNote(),
                k.getAgainst(), k.getPerson() == null ? null : k.getPerson().getId(),
                k.getPerson() == null ? null : name(k.getPerson()), k.getAgainstNote(), k.getDisclosedBy(),
                k.getPoliceReference(), k.isFromFreeText(), k.getVersion());
    }

    static String name(Person p) {
        String given = p.getGivenName() == null ? "" : p.getGivenName();
        String family = p.getFamilyName() == null ? "" : p.getFamilyName();
        return (given + " " + family).strip();
    }
}
