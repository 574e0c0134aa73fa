package org.maracdesk.casework.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocking keys a person is found by: the phonetic key of the family name and of each alias
 * (an alias's last word, or a one-word alias as it stands). Stored in {@code person_name_key}, and
 * within the {@link BlockingKeys} in {@code person_blocking_key}; {@link #VERSION} (stored as
 * {@code person.name_key_version}) changes whenever either would, so stored keys are recomputed.
 */
public final class NameKeys {
    /** 1: name keys; 2: blocking keys added; 3: surname-and-initial keys (G:, V:) instead of U:. */
    public static final int VERSION = 3;
    /** Stored for a person whose names hold no letters, so the row still counts as indexed. */
    public static final String NONE = "-";

    private NameKeys() {
    }

    public static Set<String> of(String familyName, String aliases) {
        return of(familyName, Names.aliasList(aliases));
    }

    public static Set<String> of(String familyName, List<String> aliases) {
        Set<String> keys = new LinkedHashSet<>();
        add(keys, familyName);
        for (String alias : aliases) {
            String folded = Names.fold(alias);
            add(keys, folded.substring(folded.lastIndexOf(' ') + 1));
        }
        if (keys.isEmpty()) {
            keys.add(NONE);
        }
        return keys;
    }

    private static void add(Set<String> keys, String name) {
        String key = PhoneticKey.of(name);
        if (!key.isEmpty()) {
            keys.add(key);
        }
    }
}
