package org.maracdesk.risk;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strict view of one JSON object: unknown keys and wrong types are errors naming the field by
 * its path ({@code items[3].answerType}).
 */
final class JsonObject {
    private final JsonNode node;
    private final String path;

    JsonObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new JsonFieldException(path, "must be a JSON object, not " + kind(node));
        }
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Fails on the first key that is not in {@code allowed}. */
    JsonObject allowOnly(List<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new JsonFieldException(pathOf(name), "unknown key; use " + Words.oneOf(allowed));
            }
        }
        return this;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    Optional<String> optText(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonNode value = node.get(key);
        if (!value.isTextual()) {
            throw new JsonFieldException(pathOf(key), "must be text, not " + kind(value));
        }
        return Optional.of(value.asText());
    }

    String text(String key) {
        String value = optText(key).orElseThrow(() -> missing(key));
        if (value.isBlank()) {
            throw new JsonFieldException(pathOf(key), "must not be blank");
        }
        return value;
    }

    Optional<Integer> optInt(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonNode value = node.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new JsonFieldException(pathOf(key), "must be a whole number, not " + describe(value));
        }
        return Optional.of(value.asInt());
    }

    int intValue(String key) {
        return optInt(key).orElseThrow(() -> missing(key));
    }

    Optional<Boolean> optBoolean(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            throw new JsonFieldException(pathOf(key), "must be true or false, not " + describe(value));
        }
        return Optional.of(value.asBoolean());
    }

    Optional<LocalDate> optDate(String key) {
        Optional<String> text = optText(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw new JsonFieldException(pathOf(key), Words.quoted(text.get()) + " is not a date (YYYY-MM-DD)");
        }
    }

    Optional<JsonObject> optObject(String key) {
        return has(key) ? Optional.of(new JsonObject(node.get(key), pathOf(key))) : Optional.empty();
    }

    JsonObject object(String key) {
        return optObject(key).orElseThrow(() -> missing(key));
    }

    JsonNode raw(String key) {
        return node.get(key);
    }

    /** The elements of an array (empty if the key is absent), each with its path. */
    List<Element> array(String key) {
        if (!has(key)) {
            return List.of();
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            throw new JsonFieldException(pathOf(key), "must be a JSON array, not " + kind(value));
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            elements.add(new Element(value.get(i), pathOf(key) + "[" + i + "]"));
        }
        return elements;
    }

    List<String> textArray(String key) {
        List<String> texts = new ArrayList<>();
        for (Element element : array(key)) {
            if (!element.node().isTextual()) {
                throw new JsonFieldException(element.path(), "must be text, not " + kind(element.node()));
            }
            texts.add(element.node().asText());
        }
        return texts;
    }

    /** The fields of this object in file order. */
    List<Map.Entry<String, JsonNode>> fields() {
        return List.copyOf(node.properties());
    }

    JsonFieldException missing(String key) {
        return new JsonFieldException(pathOf(key), "is required");
    }

    static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "an empty file";
        }
        switch (node.getNodeType()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return "text";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "true/false";
            default:
                return "null";
        }
    }

    static String describe(JsonNode node) {
        if (node.isValueNode() && !node.isNull()) {
            return node.isTextual() ? Words.quoted(node.asText()) : node.toString();
        }
        return kind(node);
    }

    /** One element of an array with its path. */
    record Element(JsonNode node, String path) {
        JsonObject asObject() {
            return new JsonObject(node, path);
        }
    }
}
