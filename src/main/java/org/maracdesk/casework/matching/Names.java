package org.maracdesk.casework.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Name normalisation for matching: accents folded ({@code Zoë} → {@code zoe}, {@code Łukasz} →
 * {@code lukasz}), lower case, and everything but letters dropped, so {@code O'Brien},
 * {@code O Brien} and {@code OBRIEN} compare equal.
 */
public final class Names {
    /** Letters that Unicode decomposition does not split into a base letter and an accent. */
    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"));

    private Names() {
    }

    /** Folded words separated by single spaces: {@code "  Anne-Marie  "} → {@code "anne marie"}. */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String special = SPECIAL.get(c);
            if (special != null) {
                b.append(special);
            } else if (c >= 'a' && c <= 'z') {
                b.append(c);
            } else if (c == '\'' || c == '\u2019') {
                continue;
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString().strip();
    }

    /** Folded with the spaces removed: {@code "Smith-Jones"} → {@code "smithjones"}. */
    public static String compact(String name) {
        return fold(name).replace(" ", "");
    }

    /** The first folded word: {@code "Mary Ann"} → {@code "mary"}. */
    public static String firstWord(String name) {
        String folded = fold(name);
        int space = folded.indexOf(' ');
        return space < 0 ? folded : folded.substring(0, space);
    }

    /** The entries of a {@code "; "}-separated alias list, trimmed, blanks dropped. */
    public static List<String> aliasList(String aliases) {
        List<String> out = new ArrayList<>();
        if (aliases == null) {
            return out;
        }
        for (String alias : aliases.split(";")) {
            if (!alias.isBlank()) {
                out.add(alias.strip());
            }
        }
        return out;
    }

    /** Upper case without spaces: {@code "qa1 2bc"} → {@code "QA12BC"}; empty when null. */
    public static String postcode(String postcode) {
        if (postcode == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(postcode.length());
        for (int i = 0; i < postcode.length(); i++) {
            char c = postcode.charAt(i);
            if (" \t\n\u000B\f\r".indexOf(c) < 0) { // what the regex \s matches, without compiling one per call
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /** The outward code (all but the last three characters): {@code "QA12BC"} → {@code "QA1"}. */
    public static String outwardCode(String postcode) {
        String p = postcode(postcode);
        return p.length() >= 5 ? p.substring(0, p.length() - 3) : "";
    }
}
