package org.maracdesk.casework.matching;

/** Jaro–Winkler similarity (0 to 1; 1 when equal) with the usual prefix scale 0.1 over up to 4 characters. */
public final class JaroWinkler {
    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double jaro = jaro(a, b);
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private static double jaro(String a, String b) {
        boolean[] aMatched = new boolean[a.length()];
        boolean[] bMatched = new boolean[b.length()];
        int matches = match(a, b, aMatched, bMatched);
        if (matches == 0) {
            return 0;
        }
        double m = matches;
        return (m / a.length() + m / b.length() + (m - transpositions(a, b, aMatched, bMatched) / 2.0) / m) / 3.0;
    }

    /** Marks the characters that match within the window; returns how many do. */
    private static int match(String a, String b, boolean[] aMatched, boolean[] bMatched) {
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j <= Math.min(b.length() - 1, i + window); j++) {
                if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        return matches;
    }

    private static int transpositions(String a, String b, boolean[] aMatched, boolean[] bMatched) {
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < a.length(); i++) {
            if (aMatched[i]) {
                while (!bMatched[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        return transpositions;
    }
}
