package org.maracdesk.casework.meetings;

/** Checks on text typed by users: trimmed, length-limited; messages name the field, never its value. */
final class Text {
    private Text() {
    }

    static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return v;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters; shorten it");
        }
        return v;
    }

    /** Free text kept as typed (no trimming: it is saved while it is being typed). */
    static String typed(String value, String field, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters; shorten it");
        }
        return value;
    }
}
