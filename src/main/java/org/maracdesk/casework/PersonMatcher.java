package org.maracdesk.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
    /** Keys or ids in one IN list when reading ahead. */
    private static final int BATCH = 1_000;

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
        return find(session, query, pending, ReadAhead.NONE);
    }

    /**
     * As {@link #find(Session, PersonQuery, PendingPeople)}, taking the stored people from {@code ahead} when it
     * was read for all of the query's keys ({@link #readAhead}), else from the database as usual.
     */
    public List<PersonMatch> find(Session session, PersonQuery query, PendingPeople pending, ReadAhead ahead) {
        List<PersonMatch> matches = new ArrayList<>();
        Set<String> keys = BlockingKeys.ofQuery(query);
        for (Long id : pending.idsWithAny(keys)) {
            scorer.score(query, pending.get(id).orElseThrow()).ifPresent(matches::add);
        }
        for (Candidate c : ahead.covers(keys) ? ahead.with(keys) : stored(session, keys)) {
            if (pending.get(c.personId()).isEmpty()) {
                scorer.score(query, c).ifPresent(matches::add);
            }
        }
        matches.sort(Comparator.comparingInt(PersonMatch::score).reversed()
                .thenComparingLong(PersonMatch::personId));
        return matches.size() > MAX_RESULTS ? List.copyOf(matches.subList(0, MAX_RESULTS)) : matches;
    }

    /**
     * The exact matches {@link #find(Session, PersonQuery, PendingPeople)} would report (same recorded name and
     * date of birth), best first, read more cheaply: an exact match was born on the query's date, so only the
     * people born that day are read, through the index on {@code date_of_birth}, without the people who share
     * only the swapped date, the postcode or a name key, and without their contact rows unless two exact matches
     * are to be ordered by postcode (a lone stored exact match comes without its postcode and the points for it).
     * Unlike {@code find}, no exact match is lost to {@link #MAX_RESULTS} closer inexact ones. Without a date of
     * birth nobody is exact.
     */
    public List<PersonMatch> findExact(Session session, PersonQuery query, PendingPeople pending) {
        return findExact(session, query, pending, ReadAhead.NONE);
    }

    /**
     * As {@link #findExact(Session, PersonQuery, PendingPeople)}, taking the people born on the query's date (and
     * their postcodes, when needed) from {@code ahead} when it was read for that date ({@link #readAhead}).
     */
    public List<PersonMatch> findExact(Session session, PersonQuery query, PendingPeople pending, ReadAhead ahead) {
        if (query.dateOfBirth() == null) {
            return List.of();
        }
        List<PersonMatch> exact = new ArrayList<>();
        for (Long id : pending.idsWithAny(BlockingKeys.ofQuery(query))) {
            scorer.score(query, pending.get(id).orElseThrow()).filter(PersonMatch::exact).ifPresent(exact::add);
        }
        boolean readAhead = ahead.covers(query.dateOfBirth());
        List<Candidate> born = new ArrayList<>();
        for (Candidate c : readAhead ? ahead.bornOn(query.dateOfBirth()) : bornOn(session, query.dateOfBirth())) {
            if (pending.get(c.personId()).isEmpty()
                    && scorer.score(query, c).filter(PersonMatch::exact).isPresent()) {
                born.add(c);
            }
        }
        if (!born.isEmpty() && born.size() + exact.size() > 1 && query.postcode() != null) {
            born = readAhead ? ahead.withPostcodes(born) : withPostcodes(session, born);
        }
        for (Candidate c : born) {
            scorer.score(query, c).ifPresent(exact::add);
        }
        exact.sort(Comparator.comparingInt(PersonMatch::score).reversed().thenComparingLong(PersonMatch::personId));
        return exact;
    }

    /** The stored people born on {@code date}, without their postcodes. */
    private static List<Candidate> bornOn(Session session, LocalDate date) {
        List<Candidate> out = new ArrayList<>();
        for (Object[] r : session.createNativeQuery("select p.id, p.given_name, p.family_name, p.aliases,"
                + " p.date_of_birth from person p where p.date_of_birth = :dob", Object[].class)
                .setParameter("dob", date).getResultList()) {
            out.add(new Candidate(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    date(r[4]), null));
        }
        return out;
    }

    private static List<Candidate> withPostcodes(Session session, List<Candidate> people) {
        java.util.Map<Long, String> postcodes = new java.util.HashMap<>();
        for (Object[] r : session.createNativeQuery("select person_id, postcode from person_contact"
                + " where person_id in (:ids)", Object[].class)
                .setParameter("ids", people.stream().map(Candidate::personId).toList()).getResultList()) {
            postcodes.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return people.stream().map(c -> new Candidate(c.personId(), c.givenName(), c.familyName(), c.aliases(),
                c.dateOfBirth(), postcodes.get(c.personId()))).toList();
    }

    /**
     * The stored people of many queries' blocking keys read at once (the victims of a chunk of a bulk import), for
     * {@link #find(Session, PersonQuery, PendingPeople, ReadAhead)}: first who has which key, through the index on
     * {@code block_key}, then those people in the order of their ids, {@link #BATCH} at a time, so that each page
     * of {@code person} and {@code person_contact} is read and decrypted once for all of them rather than once for
     * each query that names someone on it. Each batch's values are one array parameter joined through {@code unnest},
     * not an {@code in (…)} list, which H2 checks every row it finds against value by value (ten times slower for a
     * batch of keys at 100,000 cases: docs/performance.md, session 17). What it holds is what the database held when
     * it was read: everyone the caller writes or changes afterwards, flushed or not, must be among its pending people,
     * which win.
     */
    public ReadAhead readAhead(Session session, Collection<PersonQuery> queries) {
        return readAhead(session, queries, List.of());
    }

    /**
     * As {@link #readAhead(Session, Collection)}, also reading the people born on each of {@code birthDates} (the
     * dates of a chunk's perpetrators) for {@link #findExact(Session, PersonQuery, PendingPeople, ReadAhead)}: who was
     * born which day through the index on {@code date_of_birth}, then those people in the same pass, in the order of
     * their ids, as the queries' people.
     */
    public ReadAhead readAhead(Session session, Collection<PersonQuery> queries, Collection<LocalDate> birthDates) {
        Set<String> keys = new TreeSet<>();
        queries.forEach(q -> keys.addAll(BlockingKeys.ofQuery(q)));
        Map<String, List<Long>> idsByKey = new HashMap<>();
        keys.forEach(k -> idsByKey.put(k, new ArrayList<>()));
        TreeSet<Long> ids = new TreeSet<>();
        List<String> keyList = List.copyOf(keys);
        for (int i = 0; i < keyList.size(); i += BATCH) {
            for (Object[] r : session.createNativeQuery("select b.block_key, b.person_id from unnest(cast(:keys as"
                    + " varchar array)) as t(v) join person_blocking_key b on b.block_key = t.v", Object[].class)
                    .setParameter("keys", keyList.subList(i, Math.min(keyList.size(), i + BATCH)).toArray(String[]::new))
                    .getResultList()) {
                long id = ((Number) r[1]).longValue();
                idsByKey.get((String) r[0]).add(id);
                ids.add(id);
            }
        }
        Map<LocalDate, List<Long>> idsByDate = new HashMap<>();
        List<LocalDate> dates = List.copyOf(new TreeSet<>(birthDates));
        dates.forEach(d -> idsByDate.put(d, new ArrayList<>()));
        for (int i = 0; i < dates.size(); i += BATCH) {
            for (Object[] r : session.createNativeQuery("select p.date_of_birth, p.id from unnest(cast(:dates as"
                    + " date array)) as t(v) join person p on p.date_of_birth = t.v", Object[].class)
                    .setParameter("dates", dates.subList(i, Math.min(dates.size(), i + BATCH)).toArray(LocalDate[]::new))
                    .getResultList()) {
                long id = ((Number) r[1]).longValue();
                idsByDate.get(date(r[0])).add(id);
                ids.add(id);
            }
        }
        Map<Long, Candidate> people = new HashMap<>();
        List<Long> idList = List.copyOf(ids);
        for (int i = 0; i < idList.size(); i += BATCH) {
            for (Object[] r : session.createNativeQuery("select p.id, p.given_name, p.family_name, p.aliases,"
                    + " p.date_of_birth, pc.postcode from unnest(cast(:ids as bigint array)) as t(v)"
                    + " join person p on p.id = t.v left join person_contact pc on pc.person_id = p.id", Object[].class)
                    .setParameter("ids", idList.subList(i, Math.min(idList.size(), i + BATCH)).toArray(Long[]::new))
                    .getResultList()) {
                Candidate c = candidate(r);
                people.put(c.personId(), c);
            }
        }
        return new ReadAhead(idsByKey, idsByDate, people);
    }

    /**
     * Stored people by blocking key and by date of birth, read ahead for many queries; {@link #NONE} holds no key and
     * no date.
     */
    public record ReadAhead(Map<String, List<Long>> idsByKey, Map<LocalDate, List<Long>> idsByDate,
                            Map<Long, Candidate> people) {
        public static final ReadAhead NONE = new ReadAhead(Map.of(), Map.of(), Map.of());

        boolean covers(Set<String> keys) {
            return !keys.isEmpty() && idsByKey.keySet().containsAll(keys);
        }

        boolean covers(LocalDate dateOfBirth) {
            return idsByDate.containsKey(dateOfBirth);
        }

        /** The people born on {@code date}, without their postcodes, as {@code bornOn} reads them. */
        List<Candidate> bornOn(LocalDate date) {
            return idsByDate.get(date).stream().map(people::get).filter(Objects::nonNull)
                    .map(c -> new Candidate(c.personId(), c.givenName(), c.familyName(), c.aliases(), c.dateOfBirth(),
                            null)).toList();
        }

        /** {@code candidates} with the postcodes read ahead, as {@code withPostcodes} reads them. */
        List<Candidate> withPostcodes(List<Candidate> candidates) {
            return candidates.stream().map(c -> {
                Candidate read = people.get(c.personId());
                return new Candidate(c.personId(), c.givenName(), c.familyName(), c.aliases(), c.dateOfBirth(),
                        read == null ? null : read.postcode());
            }).toList();
        }

        List<Candidate> with(Set<String> keys) {
            Set<Long> ids = new LinkedHashSet<>();
            keys.forEach(k -> ids.addAll(idsByKey.get(k)));
            return ids.stream().map(people::get).filter(Objects::nonNull).toList();
        }
    }

    private static Candidate candidate(Object[] r) {
        return new Candidate(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], date(r[4]),
                (String) r[5]);
    }

    /**
     * The stored people who have one of {@code keys}, found through the index on
     * {@code person_blocking_key.block_key} and read in the same query.
     */
    private static List<Candidate> stored(Session session, Set<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (Object[] r : session.createNativeQuery("select distinct p.id, p.given_name, p.family_name, p.aliases,"
                + " p.date_of_birth, pc.postcode from person_blocking_key k join person p on p.id = k.person_id"
                + " left join person_contact pc on pc.person_id = p.id"
                + " where k.block_key in (:keys)", Object[].class).setParameter("keys", List.copyOf(keys))
                .getResultList()) {
            out.add(new Candidate(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    date(r[4]), (String) r[5]));
        }
        return out;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
