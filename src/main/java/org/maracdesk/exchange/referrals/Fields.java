package org.maracdesk.exchange.referrals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A lenient-in-form, strict-in-meaning view of one object of a referral: JSON values and CSV
 * text both work ({@code true} or {@code "yes"}, {@code 3} or {@code "3"}), and every problem is
 * collected with its path instead of stopping the read. Reasons never quote names or free text;
 * they may quote short codes the file used (an unknown answer or agency code).
 */
final class Fields {
    static final String UNKNOWN_FIELD = "is not a field this import knows";

    private final JsonNode node;
    private final String path;
    private final ProblemSink sink;

    Fields(JsonNode node, String path, ProblemSink sink) {
        this.node = node;
        this.path = path;
        this.sink = sink;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ProblemSink sink() {
        return sink;
    }

    void allowOnly(Set<String> keys) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                sink.add(pathOf(name), UNKNOWN_FIELD);
            }
        }
    }

    private JsonNode value(String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() || v.isTextual() && v.asText().isBlank() ? null : v;
    }

    /** Stripped text, or null when absent or blank. */
    String text(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            sink.add(pathOf(key), "must be text");
            return null;
        }
        return v.asText().strip();
    }

    String requiredText(String key) {
        String t = text(key);
        if (t == null && !sink.has(pathOf(key))) {
            sink.add(pathOf(key), "is required");
        }
        return t;
    }

    LocalDate date(String key) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        LocalDate d = SpreadsheetValues.isoOrDayFirst(t);
        if (d == null) {
            sink.add(pathOf(key), "is not a date in the form YYYY-MM-DD or DD/MM/YYYY");
        }
        return d;
    }

    /** A phone number; one a spreadsheet program damaged (leading zero lost) is a problem. */
    String phone(String key) {
        String t = text(key);
        String damage = t == null ? null : SpreadsheetValues.damagedPhone(t);
        if (damage != null) {
            sink.add(pathOf(key), damage);
        }
        return t;
    }

    Boolean bool(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        String t = v.isTextual() ? v.asText().strip().toLowerCase(Locale.ROOT) : "";
        if (List.of("yes", "y", "true").contains(t)) {
            return true;
        }
        if (List.of("no", "n", "false").contains(t)) {
            return false;
        }
        sink.add(pathOf(key), "must be yes or no (or true or false)");
        return null;
    }

    Integer wholeNumber(String key, int min) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        sink.add(pathOf(key), "must be a whole number of " + min + " or more");
        return null;
    }

    /** A code from a fixed list, case-insensitive; an unknown code is quoted back with the allowed ones. */
    <E> E code(String key, Function<String, Optional<E>> parse, List<String> allowed) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        Optional<E> known = parse.apply(t.toLowerCase(Locale.ROOT));
        if (known.isEmpty()) {
            sink.add(pathOf(key), "\"" + Codes.shown(t) + "\" is not one of " + String.join(", ", allowed));
        }
        return known.orElse(null);
    }

    /** A JSON array of texts, or one text with items separated by {@code ;}; empty when absent. */
    List<String> list(String key) {
        JsonNode v = value(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isTextual()) {
            for (String item : v.asText().split(";")) {
                if (!item.isBlank()) {
                    out.add(item.strip());
                }
            }
            return out;
        }
        if (!v.isArray()) {
            sink.add(pathOf(key), "must be a list");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i).isTextual() && !v.get(i).asText().isBlank()) {
                out.add(v.get(i).asText().strip());
            } else if (!v.get(i).isTextual() && !v.get(i).isNull()) {
                sink.add(pathOf(key) + "[" + i + "]", "must be text");
            }
        }
        return out;
    }

    /** The nested object, or null when absent. */
    Fields object(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            sink.add(pathOf(key), "must be an object with fields");
            return null;
        }
        return new Fields(v, pathOf(key), sink);
    }

    /** The objects of an array, each with its path; empty when absent. */
    List<Fields> objects(String key) {
        JsonNode v = value(key);
        List<Fields> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            sink.add(pathOf(key), "must be a list of objects");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            String at = pathOf(key) + "[" + i + "]";
            if (v.get(i).isObject()) {
                out.add(new Fields(v.get(i), at, sink));
            } else {
                sink.add(at, "must be an object with fields");
            }
        }
        return out;
    }

    /** The raw fields of this object, for maps such as the checklist answers. */
    Iterator<String> keys() {
        return node.fieldNames();
    }

    JsonNode raw(String key) {
        return node.get(key);
    }
}
