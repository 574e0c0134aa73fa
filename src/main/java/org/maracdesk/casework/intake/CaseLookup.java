package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.PersonRole;
import org.maracdesk.casework.intake.IntakeMemory.CaseNote;

/**
 * A victim's cases and the people named on them, as stored plus as written by this run
 * ({@link IntakeMemory}); reads only, so the run's session is never flushed by a lookup.
 */
final class CaseLookup {
    private final Session session;
    private final IntakeMemory memory;

    CaseLookup(Session session, IntakeMemory memory) {
        this.session = session;
        this.memory = memory;
    }

    /** The latest case with any of these people as victim, or null when none. */
    CaseNote latestCaseOf(Collection<Long> victimIds) {
        CaseNote latest = null;
        for (CaseNote note : latestCasesOf(victimIds).values()) {
            if (latest == null || note.laterThan(latest)) {
                latest = note;
            }
        }
        return latest;
    }

    /**
     * The latest case of each of these people as victim (stored, or written by this run), by their id, in one query
     * for all of them (a victim has a few cases at most).
     */
    Map<Long, CaseNote> latestCasesOf(Collection<Long> victimIds) {
        Map<Long, CaseNote> latest = new HashMap<>();
        if (victimIds.isEmpty()) {
            return latest;
        }
        for (Object[] row : session.createSelectionQuery("select c.id, c.victim.id, c.openedOn, c.reference"
                + " from MaracCase c where c.victim.id in :ids", Object[].class).setParameter("ids", victimIds)
                .getResultList()) {
            keepLater(latest, new CaseNote((Long) row[0], (Long) row[1], (LocalDate) row[2], (String) row[3]));
        }
        for (Long id : victimIds) {
            CaseNote written = memory.latestCaseOf(List.of(id));
            if (written != null) {
                keepLater(latest, written);
            }
        }
        return latest;
    }

    private static void keepLater(Map<Long, CaseNote> latest, CaseNote note) {
        latest.merge(note.victimId(), note, (kept, other) -> other.laterThan(kept) ? other : kept);
    }

    MaracCase latestCaseEntity(long victimId) {
        CaseNote note = latestCaseOf(List.of(victimId));
        return note == null ? null : session.get(MaracCase.class, note.caseId());
    }

    /** Everyone named in {@code role} on the victim's cases, by id. */
    List<Person> namedOnCasesOf(long victimId, PersonRole role) {
        String collection = switch (role) {
            case PERPETRATOR -> "perpetrators";
            case CHILD -> "children";
            case OTHER_AT_RISK -> "othersAtRisk";
        };
        Set<Long> ids = new TreeSet<>(session.createSelectionQuery("select distinct p.id from MaracCase c join c."
                + collection + " p where c.victim.id = :victim", Long.class).setParameter("victim", victimId)
                .getResultList());
        ids.addAll(memory.namedOnCasesOf(victimId, role));
        List<Person> out = new ArrayList<>(ids.size());
        ids.forEach(id -> out.add(session.get(Person.class, id)));
        return out;
    }
}
