package org.maracdesk.casework.matching;

/**
 * A Soundex-style key of a folded name: one letter and three digits, so that names that sound
 * alike share a key ({@code Smith}, {@code Smyth}, {@code Schmidt} → {@code S530}). Unlike plain
 * Soundex the first letter is grouped too (C/K/Q, F/V and PH, S/Z, G/J, vowels), so
 * {@code Catherine}/{@code Katherine} and {@code Phillips}/{@code Fillips} agree.
 */
public final class PhoneticKey {
    private static final String CODES = "01230120022455012623010202"; // a..z, standard Soundex

    private PhoneticKey() {
    }

    /** The key, or an empty string when the name has no letters. */
    public static String of(String name) {
        String s = leading(Names.compact(name));
        if (s.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder(4).append(firstLetter(s.charAt(0)));
        char last = code(s.charAt(0));
        for (int i = 1; i < s.length() && key.length() < 4; i++) {
            char c = s.charAt(i);
            char code = code(c);
            if (code != '0' && code != last) {
                key.append(code);
            }
            if (c != 'h' && c != 'w') {
                last = code;
            }
        }
        while (key.length() < 4) {
            key.append('0');
        }
        return key.toString();
    }

    private static String leading(String s) {
        if (s.startsWith("ph")) {
            return "f" + s.substring(2);
        }
        if (s.startsWith("kn") || s.startsWith("gn") || s.startsWith("wr") || s.startsWith("ps")) {
            return s.substring(1);
        }
        return s;
    }

    private static char firstLetter(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
                return 'A';
            case 'c': case 'k': case 'q':
                return 'K';
            case 'v':
                return 'F';
            case 'z':
                return 'S';
            case 'j':
                return 'G';
            default:
                return Character.toUpperCase(c);
        }
    }

    private static char code(char c) {
        return c >= 'a' && c <= 'z' ? CODES.charAt(c - 'a') : '0';
    }
}
