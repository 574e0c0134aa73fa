package org.maracdesk.casework.intake;

import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.PersonMatcher;
import org.maracdesk.casework.PersonRole;
import org.maracdesk.casework.intake.IntakeMemory.CaseNote;
import org.maracdesk.casework.matching.PersonMatch;
import org.maracdesk.casework.matching.PersonQuery;

/**
 * Finds who a referral's people already are. The victim joins an existing person only on an
 * exact match (same normalised name and date of birth); similar people are returned for review,
 * never merged. Perpetrators, children and others are looked for among those already named on
 * the victim's cases; a perpetrator with a date of birth is also matched exactly across all cases.
 * People and cases written earlier in the same run count as stored ones ({@link IntakeMemory}).
 */
final class PeopleResolver {
    static final int REVIEW_LIMIT = 3;

    private final Session session;
    private final PersonMatcher matcher;
    private final IntakeMemory memory;
    private final CaseLookup cases;
    private PersonMatcher.ReadAhead ahead = PersonMatcher.ReadAhead.NONE;

    PeopleResolver(Session session, PersonMatcher matcher, IntakeMemory memory, CaseLookup cases) {
        this.session = session;
        this.matcher = matcher;
        this.memory = memory;
        this.cases = cases;
    }

    /**
     * Reads ahead, in one pass ({@link PersonMatcher#readAhead}), the stored people the victims of the next
     * referrals could match and those born on their perpetrators' dates of birth (for the exact look-up of
     * {@link #related}); it stays valid across flushes, since whoever the run writes or changes is in its memory,
     * which wins over what was read.
     */
    void readAhead(List<PersonDetails> victims, List<PersonDetails> perpetrators) {
        ahead = matcher.readAhead(session, victims.stream().map(PeopleResolver::query).toList(),
                perpetrators.stream().map(PersonDetails::dateOfBirth).filter(java.util.Objects::nonNull).toList());
    }

    /** Forgets what was read ahead. */
    void forgetReadAhead() {
        ahead = PersonMatcher.ReadAhead.NONE;
    }

    VictimLookup victim(PersonDetails d) {
        List<PersonMatch> matches = matcher.find(session, query(d), memory.people(), ahead);
        List<Long> exact = matches.stream().filter(PersonMatch::exact).map(PersonMatch::personId).toList();
        List<PersonMatch> similar = matches.stream().filter(m -> !m.exact()).limit(REVIEW_LIMIT).toList();
        Person person = exact.isEmpty() ? null : session.get(Person.class, preferVictim(exact));
        return new VictimLookup(person, similar);
    }

    /** Of several exact matches, the one who is the victim of the latest case (else the first). */
    private long preferVictim(List<Long> exact) {
        if (exact.size() == 1) {
            return exact.get(0);
        }
        CaseNote latest = cases.latestCaseOf(exact);
        return latest == null ? exact.get(0) : latest.victimId();
    }

    /**
     * The existing person this related person is, or null when they are new.
     *
     * @param victimIsNew the victim was created for this referral, so has no cases to look on
     */
    Person related(Person victim, boolean victimIsNew, PersonRole role, PersonDetails d) {
        if (!victimIsNew) {
            for (Person p : cases.namedOnCasesOf(victim.getId(), role)) {
                if (PersonRecords.sameNamed(p, d)) {
                    return p;
                }
            }
        }
        if (role == PersonRole.PERPETRATOR && d.dateOfBirth() != null) {
            return matcher.findExact(session, query(d), memory.people(), ahead).stream().findFirst()
                    .map(m -> session.get(Person.class, m.personId())).orElse(null);
        }
        return null;
    }

    static PersonQuery query(PersonDetails d) {
        String postcode = d.address() == null ? null : d.address().postcode();
        return new PersonQuery(d.givenName(), d.familyName(), d.aliases(), d.dateOfBirth(), postcode);
    }
}
