package org.maracdesk.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.matching.BlockingKeys;
import org.maracdesk.casework.matching.Candidate;
import org.maracdesk.casework.matching.MatchScorer;
import org.maracdesk.casework.matching.NameKeys;
import org.maracdesk.casework.matching.PendingPeople;
import org.maracdesk.casework.matching.PersonMatch;
import org.maracdesk.casework.matching.PersonQuery;

/**
 * Finds existing people like a query inside the caller's session. Blocking keeps it fast for
 * 100,000 people: only those sharing a phonetic name key (family name or alias, indexed) or a date
 * of birth (as given or with day and month swapped, indexed) are loaded and scored.
 */
public final class PersonMatcher {
    public static final int MAX_RESULTS = 20;
    private static final int CHUNK = 500;

    private final MatchScorer scorer = new MatchScorer();

    public List<PersonMatch> find(Session session, PersonQuery query) {
        return find(session, query, new PendingPeople());
    }

    /**
     * As {@link #find(Session, PersonQuery)}, also among {@code pending} people (created or changed
     * by the caller and perhaps not flushed): the database is only read, never flushed, so a long
     * write can keep its session in manual flush mode.
     */
    public List<PersonMatch> find(Session session, PersonQuery query, PendingPeople pending) {
        List<PersonMatch> matches = new ArrayList<>();
        Set<Long> stored = candidateIds(session, query);
        Set<Long> held = pending.idsWithAny(BlockingKeys.ofQuery(query));
        held.forEach(id -> scorer.score(query, pending.get(id).orElseThrow()).ifPresent(matches::add));
        List<Long> ids = stored.stream().filter(id -> pending.get(id).isEmpty()).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Candidate c : load(session, ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                scorer.score(query, c).ifPresent(matches::add);
            }
        }
        matches.sort(Comparator.comparingInt(PersonMatch::score).reversed()
                .thenComparingLong(PersonMatch::personId));
        return matches.size() > MAX_RESULTS ? List.copyOf(matches.subList(0, MAX_RESULTS)) : matches;
    }

    private static Set<Long> candidateIds(Session session, PersonQuery query) {
        Set<Long> ids = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>(NameKeys.of(query.familyName(), query.aliases()));
        keys.addAll(NameKeys.of(query.givenName(), List.of()));
        keys.remove(NameKeys.NONE);
        if (!keys.isEmpty()) {
            ids.addAll(session.createSelectionQuery(
                    "select distinct p.id from Person p join p.nameKeys k where k in :keys", Long.class)
                    .setParameter("keys", keys).getResultList());
        }
        Set<LocalDate> dates = new LinkedHashSet<>();
        if (query.dateOfBirth() != null) {
            dates.add(query.dateOfBirth());
            LocalDate swapped = MatchScorer.dayMonthSwapped(query.dateOfBirth());
            if (swapped != null) {
                dates.add(swapped);
            }
            ids.addAll(session.createSelectionQuery("select p.id from Person p where p.dateOfBirth in :dates",
                    Long.class).setParameter("dates", dates).getResultList());
        }
        return ids;
    }

    private static List<Candidate> load(Session session, List<Long> ids) {
        List<Candidate> out = new ArrayList<>(ids.size());
        for (Object[] r : session.createSelectionQuery("select p.id, p.givenName, p.familyName, p.aliases,"
                + " p.dateOfBirth, p.postcode from Person p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            out.add(new Candidate((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4],
                    (String) r[5]));
        }
        return out;
    }
}
