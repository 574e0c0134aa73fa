package org.maracdesk.exchange.tracker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names as trackers write them: "Forename SURNAME", "SURNAME, Forename", "Forename Middle Surname";
 * a word in capitals is the surname by convention and is written back in ordinary capitals
 * ("O'BRIEN" → "O'Brien").
 */
final class PersonNames {
    private PersonNames() {
    }

    /** {given, family}, or null when the cell holds fewer than two names. */
    static String[] split(String full) {
        String t = full.strip().replaceAll("\\s+", " ");
        int comma = t.indexOf(',');
        if (comma > 0) {
            String family = t.substring(0, comma).strip();
            String given = t.substring(comma + 1).strip();
            return family.isEmpty() || given.isEmpty() ? null : new String[] {ordinary(given), ordinary(family)};
        }
        String[] words = t.split(" ");
        if (words.length < 2) {
            return null;
        }
        List<String> caps = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String w : words) {
            (isCapitals(w) ? caps : rest).add(w);
        }
        if (!caps.isEmpty() && !rest.isEmpty()) {
            return new String[] {ordinary(String.join(" ", rest)), ordinary(String.join(" ", caps))};
        }
        return new String[] {ordinary(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1))),
            ordinary(words[words.length - 1])};
    }

    private static boolean isCapitals(String w) {
        long letters = w.chars().filter(Character::isLetter).count();
        return letters > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** A name in capitals (or all lower case) in ordinary capitals; a mixed one as written. */
    static String ordinary(String name) {
        String n = name.strip();
        if (!n.equals(n.toUpperCase(Locale.ROOT)) && !n.equals(n.toLowerCase(Locale.ROOT))) {
            return n;
        }
        StringBuilder b = new StringBuilder(n.length());
        boolean start = true;
        for (char c : n.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
