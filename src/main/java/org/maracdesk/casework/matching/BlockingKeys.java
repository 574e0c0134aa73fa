package org.maracdesk.casework.matching;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The indexed keys people are found by, so that only people who could score are ever loaded.
 * A stored person has {@code N:} the phonetic key of the family name and of each alias
 * ({@link NameKeys}; {@code Find a person} looks up one surname by it), {@code G:} for each way of
 * writing the name ({@link NameForm}) the phonetic key of its surname followed by the first letter
 * of its first name's phonetic key, {@code V:} the same again when the date of birth is unknown,
 * {@code D:} the date of birth and {@code P:} the postcode.
 * <p>
 * A query asks for the dates of birth (as given and with day and month swapped), the postcode, and
 * the {@code G:} keys of its name forms, also with first name and surname swapped — or the
 * {@code V:} keys when it has a date of birth: when both dates are known and differ,
 * {@link MatchScorer} never reports the person, whatever the name. Without an agreeing date of
 * birth or postcode the scorer reports a person only when both the surname (at least spelt
 * differently) and the first name (at least its initial) agree, so a person who shares only the
 * surname's key is never read: the surnames that thousands share stay cheap to search. Stored in
 * {@code person_blocking_key} (indexed); a change here must raise {@link NameKeys#VERSION}.
 */
public final class BlockingKeys {
    private static final int MAX_LENGTH = 40;

    private BlockingKeys() {
    }

    public static Set<String> ofPerson(String givenName, String familyName, String aliases, LocalDate dateOfBirth,
                                       String postcode) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : NameKeys.of(familyName, aliases)) {
            keys.add("N:" + name);
        }
        for (NameForm form : NameForm.all(givenName, familyName, Names.aliasList(aliases))) {
            String key = nameAndInitial(form.family(), form.given());
            if (key != null) {
                keys.add("G:" + key);
                if (dateOfBirth == null) {
                    keys.add("V:" + key);
                }
            }
        }
        if (dateOfBirth != null) {
            keys.add("D:" + dateOfBirth);
        }
        addPostcode(keys, postcode);
        return keys;
    }

    public static Set<String> ofQuery(PersonQuery query) {
        String prefix = query.dateOfBirth() == null ? "G:" : "V:";
        Set<String> keys = new LinkedHashSet<>();
        for (NameForm form : NameForm.all(query.givenName(), query.familyName(), query.aliases())) {
            for (String key : new String[] {nameAndInitial(form.family(), form.given()),
                nameAndInitial(form.given(), form.family())}) {
                if (key != null) {
                    keys.add(prefix + key);
                }
            }
        }
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

    /** The surname's phonetic key and the first letter of the first name's, or null when either has no letters. */
    private static String nameAndInitial(String surname, String firstName) {
        String family = PhoneticKey.of(surname == null ? "" : surname);
        String given = PhoneticKey.of(firstName == null ? "" : firstName);
        return family.isEmpty() || given.isEmpty() ? null : family + given.charAt(0);
    }

    private static void addPostcode(Set<String> keys, String postcode) {
        String p = Names.postcode(postcode);
        if (!p.isEmpty() && p.length() + 2 <= MAX_LENGTH) {
            keys.add("P:" + p);
        }
    }

    /** Used by {@code Find a person}: the name keys of one word taken as a surname. */
    public static Set<String> ofSurname(String surname) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : NameKeys.of(surname, List.of())) {
            if (!NameKeys.NONE.equals(name)) {
                keys.add("N:" + name);
            }
        }
        return keys;
    }
}
