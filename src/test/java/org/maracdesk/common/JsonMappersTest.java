package org.maracdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonMappersTest {
    record Slot(LocalDate day, LocalTime from, Instant at) {
    }

    @Test
    void bothWriteDatesAndTimesAsIsoText() throws Exception {
        Slot slot = new Slot(LocalDate.of(2026, 12, 3), LocalTime.of(9, 30), Instant.parse("2026-12-03T09:30:00Z"));
        String expected = "{\"day\":\"2026-12-03\",\"from\":\"09:30\",\"at\":\"2026-12-03T09:30:00Z\"}";
        assertEquals(expected, JsonMappers.strict().writeValueAsString(slot));
        assertEquals(expected, JsonMappers.lenient().writeValueAsString(slot));
        assertEquals("[\"09:30:15\"]", JsonMappers.lenient().writeValueAsString(List.of(LocalTime.of(9, 30, 15))));
        assertEquals(slot, JsonMappers.strict().readValue(expected, Slot.class));
    }

    @Test
    void strictRefusesUnknownFieldsDuplicateKeysAndTrailingContent() {
        assertThrows(JsonProcessingException.class,
                () -> JsonMappers.strict().readValue("{\"day\":\"2026-12-03\",\"extra\":1}", Slot.class));
        assertThrows(JsonProcessingException.class,
                () -> JsonMappers.strict().readValue("{\"day\":\"2026-12-03\",\"day\":\"2026-12-04\"}", Slot.class));
        assertThrows(JsonProcessingException.class,
                () -> JsonMappers.strict().readValue("{\"day\":\"2026-12-03\"} {}", Slot.class));
    }

    @Test
    void lenientSkipsFieldsItDoesNotKnowAndReadsABlankDateAsNone() throws Exception {
        Slot slot = JsonMappers.lenient().readValue("{\"day\":\" \",\"from\":\"09:30\",\"later\":true}", Slot.class);
        assertNull(slot.day());
        assertEquals(LocalTime.of(9, 30), slot.from());
    }
}
