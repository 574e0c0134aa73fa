package org.maracdesk.risk;

import java.util.List;

/** Small helpers for readable messages. */
final class Words {
    private Words() {
    }

    /** {@code [a, b, c]} → {@code "a, b or c"}. */
    static String oneOf(List<String> words) {
        return joined(words, " or ");
    }

    /** {@code [a, b, c]} → {@code "a, b and c"}. */
    static String allOf(List<String> words) {
        return joined(words, " and ");
    }

    private static String joined(List<String> words, String last) {
        if (words.isEmpty()) {
            return "";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + last + words.get(words.size() - 1);
    }

    /** {@code 1 incident} / {@code 2 incidents}. */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    static String quoted(String value) {
        return "\"" + value + "\"";
    }
}
