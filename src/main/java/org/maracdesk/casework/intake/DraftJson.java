package org.maracdesk.casework.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.LocalDate;

/** A draft's form and links as the JSON held in {@code referral.draft_form}. */
final class DraftJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule("dates")
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addDeserializer(LocalDate.class, new StdDeserializer<>(LocalDate.class) {
                        @Override
                        public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                            String text = p.getValueAsString();
                            return text == null || text.isBlank() ? null : LocalDate.parse(text);
                        }
                    }));

    record Stored(NewReferral form, PersonLinks links) {
    }

    private DraftJson() {
    }

    static String write(NewReferral form, PersonLinks links) {
        try {
            return MAPPER.writeValueAsString(new Stored(form, links));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the draft could not be written as JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    static Stored read(String json) {
        try {
            return MAPPER.readValue(json, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
