package org.maracdesk.casework.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People a long write has created or changed and not yet flushed, as the matcher must see them
 * now, found by the same {@link BlockingKeys} as stored people. Where a person is both here and
 * in the database, this copy wins: it is the newer one.
 */
public final class PendingPeople {
    private final Map<Long, Candidate> people = new HashMap<>();
    private final Map<String, Set<Long>> byKey = new HashMap<>();

    /** Adds the person, or replaces what was held for them. */
    public void put(Candidate person) {
        Candidate old = people.put(person.personId(), person);
        if (old != null) {
            keys(old).forEach(k -> byKey.getOrDefault(k, Set.of()).remove(old.personId()));
        }
        keys(person).forEach(k -> byKey.computeIfAbsent(k, x -> new HashSet<>()).add(person.personId()));
    }

    public Optional<Candidate> get(long personId) {
        return Optional.ofNullable(people.get(personId));
    }

    /** Everyone held here who has one of {@code keys}. */
    public Set<Long> idsWithAny(Collection<String> keys) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String key : keys) {
            ids.addAll(byKey.getOrDefault(key, Set.of()));
        }
        return ids;
    }

    private static Set<String> keys(Candidate c) {
        return BlockingKeys.ofPerson(c.givenName(), c.familyName(), c.aliases(), c.dateOfBirth(), c.postcode());
    }
}
