package org.maracdesk.casework.matching;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The indexed keys people are found by, so that only people who could score are ever loaded.
 * A stored person has {@code N:} the phonetic key of the family name and of each alias
 * ({@link NameKeys}), {@code U:} the same keys again when their date of birth is unknown,
 * {@code D:} the date of birth and {@code P:} the postcode. A query asks for the dates of birth
 * (as given and with day and month swapped), the postcode, and the name keys of its family name,
 * aliases and first name (names swapped) — all people with those name keys when it has no date of
 * birth, else only those whose date of birth is unknown: when both dates are known and differ,
 * {@link MatchScorer} never reports the person, whatever the name. Stored in
 * {@code person_blocking_key} (indexed); a change here must raise {@link NameKeys#VERSION}.
 */
public final class BlockingKeys {
    private static final int MAX_LENGTH = 40;

    private BlockingKeys() {
    }

    public static Set<String> ofPerson(String familyName, String aliases, LocalDate dateOfBirth, String postcode) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : NameKeys.of(familyName, aliases)) {
            keys.add("N:" + name);
            if (dateOfBirth == null) {
                keys.add("U:" + name);
            }
        }
        if (dateOfBirth != null) {
            keys.add("D:" + dateOfBirth);
        }
        addPostcode(keys, postcode);
        return keys;
    }

    public static Set<String> ofQuery(PersonQuery query) {
        Set<String> names = new LinkedHashSet<>(NameKeys.of(query.familyName(), query.aliases()));
        names.addAll(NameKeys.of(query.givenName(), List.of()));
        names.remove(NameKeys.NONE);
        Set<String> keys = new LinkedHashSet<>();
        String prefix = query.dateOfBirth() == null ? "N:" : "U:";
        names.forEach(n -> keys.add(prefix + n));
        if (query.dateOfBirth() != null) {
            keys.add("D:" + query.dateOfBirth());
            LocalDate swapped = MatchScorer.dayMonthSwapped(query.dateOfBirth());
            if (swapped != null) {
                keys.add("D:" + swapped);
            }
        }
        addPostcode(keys, query.postcode());
        return keys;
    }

    private static void addPostcode(Set<String> keys, String postcode) {
        String p = Names.postcode(postcode);
        if (!p.isEmpty() && p.length() + 2 <= MAX_LENGTH) {
            keys.add("P:" + p);
        }
    }
}
