package org.maracdesk.casework.meetings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.maracdesk.common.JsonMappers;

/** Writes the minutes record: the meeting record as it stood at close, as JSON (dates in ISO form). */
final class MinutesWriter {
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = JsonMappers.lenient();

    String write(MeetingRecord record) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("minutes", record);
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the minutes record could not be written", e);
        }
    }
}
