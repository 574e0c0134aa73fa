package org.maracdesk.casework.intake;

import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.PersonMatcher;
import org.maracdesk.casework.PersonRole;
import org.maracdesk.casework.matching.PersonMatch;
import org.maracdesk.casework.matching.PersonQuery;

/**
 * Finds who a referral's people already are. The victim joins an existing person only on an
 * exact match (same normalised name and date of birth); similar people are returned for review,
 * never merged. Perpetrators, children and others are looked for among those already named on
 * the victim's cases; a perpetrator with a date of birth is also matched exactly across all cases.
 */
final class PeopleResolver {
    static final int REVIEW_LIMIT = 3;

    private final Session session;
    private final PersonMatcher matcher;

    PeopleResolver(Session session, PersonMatcher matcher) {
        this.session = session;
        this.matcher = matcher;
    }

    VictimLookup victim(PersonDetails d) {
        List<PersonMatch> matches = matcher.find(session, query(d));
        List<Long> exact = matches.stream().filter(PersonMatch::exact).map(PersonMatch::personId).toList();
        List<PersonMatch> similar = matches.stream().filter(m -> !m.exact()).limit(REVIEW_LIMIT).toList();
        Person person = exact.isEmpty() ? null : session.get(Person.class, preferVictim(exact));
        return new VictimLookup(person, similar);
    }

    /** Of several exact matches, the one who is the victim of the latest case (else the first). */
    private long preferVictim(List<Long> exact) {
        List<Long> victims = session.createSelectionQuery("select c.victim.id from MaracCase c"
                + " where c.victim.id in :ids order by c.openedOn desc, c.id desc", Long.class)
                .setParameter("ids", exact).setMaxResults(1).getResultList();
        return victims.isEmpty() ? exact.get(0) : victims.get(0);
    }

    /** The existing person this related person is, or null when they are new. */
    Person related(Person victim, PersonRole role, PersonDetails d) {
        for (Person p : namedOnVictimsCases(victim, role)) {
            if (PersonRecords.sameNamed(p, d)) {
                return p;
            }
        }
        if (role == PersonRole.PERPETRATOR && d.dateOfBirth() != null) {
            return matcher.find(session, query(d)).stream().filter(PersonMatch::exact).findFirst()
                    .map(m -> session.get(Person.class, m.personId())).orElse(null);
        }
        return null;
    }

    private List<Person> namedOnVictimsCases(Person victim, PersonRole role) {
        if (victim.getId() == null) {
            return List.of();
        }
        String collection = switch (role) {
            case PERPETRATOR -> "perpetrators";
            case CHILD -> "children";
            case OTHER_AT_RISK -> "othersAtRisk";
        };
        return session.createSelectionQuery("select distinct p from MaracCase c join c." + collection + " p"
                + " where c.victim = :victim order by p.id", Person.class).setParameter("victim", victim).getResultList();
    }

    static PersonQuery query(PersonDetails d) {
        String postcode = d.address() == null ? null : d.address().postcode();
        return new PersonQuery(d.givenName(), d.familyName(), d.aliases(), d.dateOfBirth(), postcode);
    }
}
