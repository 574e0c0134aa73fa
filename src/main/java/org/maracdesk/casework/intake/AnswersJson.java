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
}
