package org.maracdesk.casework.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.risk.AnswerSheet;
import org.maracdesk.risk.ItemAnswer;

/**
 * Checklist answers as stored on a referral, in the shape the {@code score} command reads:
 * {@code {"q1":"yes","q2":{"value":"no","source":"police","comment":"…"}}}.
 */
final class AnswersJson {
    private static final ObjectMapper MAPPER = JsonMappers.lenient();

    private AnswersJson() {
    }

    static String write(AnswerSheet sheet) {
        ObjectNode root = MAPPER.createObjectNode();
        for (Map.Entry<String, ItemAnswer> e : sheet.answers().entrySet()) {
            ItemAnswer a = e.getValue();
            if (a.source() == null && a.comment() == null && a.selected().isEmpty()) {
                root.put(e.getKey(), a.value().jsonName());
                continue;
            }
            ObjectNode o = root.putObject(e.getKey()).put("value", a.value().jsonName());
            if (a.source() != null) {
                o.put("source", a.source());
            }
            if (a.comment() != null) {
                o.put("comment", a.comment());
            }
            if (!a.selected().isEmpty()) {
                a.selected().forEach(o.putArray("selected")::add);
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers could not be written as JSON", e);
        }
    }

    /** Reads what {@link #write} wrote; an answer it cannot read is left out (the engine then says it is missing). */
    static AnswerSheet read(String instrumentId, String json) {
        java.util.Map<String, ItemAnswer> answers = new java.util.LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return new AnswerSheet(instrumentId, answers);
        }
        try {
            com.fasterxml.jackson.databind.JsonNode root = MAPPER.readTree(json);
            root.fields().forEachRemaining(e -> {
                com.fasterxml.jackson.databind.JsonNode n = e.getValue();
                String value = n.isObject() ? n.path("value").asText(null) : n.asText(null);
                org.maracdesk.risk.Answer.fromJson(value).ifPresent(a -> {
                    java.util.List<String> selected = new java.util.ArrayList<>();
                    n.path("selected").forEach(x -> selected.add(x.asText()));
                    answers.put(e.getKey(), n.isObject() ? new ItemAnswer(a, n.path("source").asText(null),
                            n.path("comment").asText(null), selected) : ItemAnswer.of(a));
                });
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers could not be read (" + e.getClass().getSimpleName() + ")");
        }
        return new AnswerSheet(instrumentId, answers);
    }
}
