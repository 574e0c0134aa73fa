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
import org.maracdesk.casework.matching.PendingPeople;
import org.maracdesk.casework.matching.PersonMatch;
import org.maracdesk.casework.matching.PersonQuery;

/**
 * Finds existing people like a query inside the caller's session. Blocking keeps it fast for
 * 100,000 people: only those who share one of the query's {@link BlockingKeys} (phonetic key of the
 * family name or an alias, date of birth as given or with day and month swapped, postcode), looked
 * up through the index on {@code person_blocking_key}, are loaded and scored; never all people.
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

    /** The stored people who have one of the query's blocking keys, through the index on {@code block_key}. */
    private static Set<Long> candidateIds(Session session, PersonQuery query) {
        List<String> keys = List.copyOf(BlockingKeys.ofQuery(query));
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(session.createNativeQuery("select distinct person_id from person_blocking_key"
                + " where block_key in (:keys)", Long.class).setParameter("keys", keys).getResultList());
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
