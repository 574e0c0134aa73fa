package org.maracdesk.risk;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one item: the value, who gave it if not the victim ({@code source}, e.g. "police"),
 * a comment, and the sub-items ticked (e.g. who the victim fears for).
 *
 * @param source null when the victim answered
 * @param comment null when there is none
 */
public record ItemAnswer(Answer value, String source, String comment, List<String> selected) {

    public ItemAnswer {
        Objects.requireNonNull(value, "value");
        source = blankToNull(source);
        comment = blankToNull(comment);
        selected = List.copyOf(selected == null ? List.of() : selected);
    }

    public static ItemAnswer of(Answer value) {
        return new ItemAnswer(value, null, null, List.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
