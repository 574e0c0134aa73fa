package org.maracdesk.casework.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the problems of one referral; every reason names the rule, never the value. */
final class Problems {
    private final int index;
    private final List<FieldProblem> found = new ArrayList<>();

    Problems(int index) {
        this.index = index;
    }

    void add(String field, String reason) {
        found.add(new FieldProblem(index, field, reason));
    }

    /** Adds "is required" when the value is null or blank text; true when it is present. */
    boolean required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "is longer than " + max + " characters");
        }
    }

    void maxLength(String field, Collection<String> values, String separator, int max) {
        if (!values.isEmpty()) {
            maxLength(field, String.join(separator, values), max);
        }
    }

    List<FieldProblem> list() {
        return List.copyOf(found);
    }
}
