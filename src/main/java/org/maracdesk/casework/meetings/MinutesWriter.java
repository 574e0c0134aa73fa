package org.maracdesk.casework.meetings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.maracdesk.common.JsonMappers;

/**
 * Writes and reads the frozen minutes record as JSON (dates in ISO form): {@code {"format": 6, "minutes": ...}}.
 * Records of format 5 (before a case's professionals' meetings, decision 0049) are read as they are, without them.
 * Records of format 4 (before an action named its child, decision 0047) are read as they are, no child named.
 * Records of format 3 (before the court position of decision 0046) are read as they are, their cases without it.
 * Records of format 2 (before action types, decision 0041) are read as they are, their actions without a type.
 * Records of format 1 (the meeting view's record, written before decision 0033) are recognised and not read.
 */
public final class MinutesWriter {
    private static final ObjectMapper JSON = JsonMappers.lenient();

    public String write(FrozenMinutes record) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FrozenMinutes.FORMAT);
        out.put("minutes", record);
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the minutes record could not be written", e);
        }
    }

    /** The record in a stored body, or empty when the body is of an older format. */
    public static Optional<FrozenMinutes> read(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            int format = root.path("format").asInt(0);
            if (format < FrozenMinutes.FIRST_COMPLETE_FORMAT || format > FrozenMinutes.FORMAT) {
                return Optional.empty();
            }
            return Optional.of(JSON.treeToValue(root.path("minutes"), FrozenMinutes.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored minutes record could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
