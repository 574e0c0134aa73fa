package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.PersonRole;
import org.maracdesk.casework.matching.Candidate;
import org.maracdesk.casework.matching.PendingPeople;

/**
 * What one intake run has written so far, kept as ids and plain values (never entities, which a
 * chunked run clears from its session). The run reads the database without flushing it, so
 * everything it wrote itself is looked up here: people as the matcher sees them, cases it opened,
 * and the people it named on cases (new or old). Where both know something, this is the newer.
 */
final class IntakeMemory {
    private final PendingPeople people = new PendingPeople();
    private final Map<Long, List<CaseNote>> casesByVictim = new HashMap<>();
    private final Map<Long, Map<PersonRole, Set<Long>>> namedByCase = new HashMap<>();
    private final Map<Long, Set<Long>> namedCasesByVictim = new HashMap<>();
    private final Map<Long, List<LocalDate>> referralsByCase = new HashMap<>();

    /** A case as the run needs it: the latest case of a victim is the one opened last (then the highest id). */
    record CaseNote(long caseId, long victimId, LocalDate openedOn, String reference) {
        boolean laterThan(CaseNote other) {
            int byDate = openedOn.compareTo(other.openedOn);
            return byDate > 0 || byDate == 0 && caseId > other.caseId;
        }
    }

    PendingPeople people() {
        return people;
    }

    /** Notes a person the run created or changed, as they are now. */
    void person(Person p) {
        people.put(new Candidate(p.getId(), p.getGivenName(), p.getFamilyName(), p.getAliases(),
                p.getDateOfBirth(), p.getPostcode()));
    }

    void openedCase(CaseNote note) {
        casesByVictim.computeIfAbsent(note.victimId(), v -> new ArrayList<>()).add(note);
    }

    void named(long caseId, long victimId, PersonRole role, long personId) {
        namedCasesByVictim.computeIfAbsent(victimId, v -> new LinkedHashSet<>()).add(caseId);
        namedByCase.computeIfAbsent(caseId, c -> new EnumMap<>(PersonRole.class))
                .computeIfAbsent(role, r -> new LinkedHashSet<>()).add(personId);
    }

    /** Notes an accepted referral the run recorded on a case (it counts for the repeat rule at once). */
    void referred(long caseId, LocalDate referralDate) {
        referralsByCase.computeIfAbsent(caseId, c -> new ArrayList<>()).add(referralDate);
    }

    /** The latest referral the run recorded on one of these cases on or before the date; null when none. */
    LocalDate lastReferral(Collection<Long> caseIds, LocalDate onOrBefore) {
        LocalDate latest = null;
        for (Long c : caseIds) {
            for (LocalDate d : referralsByCase.getOrDefault(c, List.of())) {
                if (!d.isAfter(onOrBefore) && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
        }
        return latest;
    }

    /** The latest case the run opened for any of these victims; null when none. */
    CaseNote latestCaseOf(Collection<Long> victimIds) {
        CaseNote latest = null;
        for (Long victim : victimIds) {
            for (CaseNote c : casesByVictim.getOrDefault(victim, List.of())) {
                if (latest == null || c.laterThan(latest)) {
                    latest = c;
                }
            }
        }
        return latest;
    }

    /** The people the run named in {@code role} on the victim's cases (stored or new). */
    Set<Long> namedOnCasesOf(long victimId, PersonRole role) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Long c : namedCasesByVictim.getOrDefault(victimId, Set.of())) {
            ids.addAll(namedByCase.get(c).getOrDefault(role, Set.of()));
        }
        return ids;
    }

    /** The victim's cases on which the run named one of {@code perpetrators}. */
    List<Long> casesNaming(long victimId, Collection<Long> perpetrators) {
        return namedCasesByVictim.getOrDefault(victimId, Set.of()).stream()
                .filter(c -> namedByCase.get(c).getOrDefault(PersonRole.PERPETRATOR, Set.of()).stream()
                        .anyMatch(perpetrators::contains)).toList();
    }
}
