package org.maracdesk.ui.referrals;

import java.util.Arrays;
import java.util.List;
import javafx.beans.value.ObservableValue;

/** Text as the form holds it ("" for nothing) and as a referral holds it (null for nothing). */
final class Forms {
    private Forms() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static boolean allBlank(String... values) {
        return Arrays.stream(values).allMatch(Forms::blank);
    }

    static String text(ObservableValue<String> value) {
        String s = value.getValue();
        return blank(s) ? null : s.strip();
    }

    static String show(String s) {
        return s == null ? "" : s;
    }

    /** "a; b" → [a, b]; blank parts dropped. */
    static List<String> list(String s) {
        if (blank(s)) {
            return List.of();
        }
        return Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
