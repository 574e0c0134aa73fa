package org.maracdesk.casework.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.maracdesk.common.JsonMappers;

/** A draft's form and links as the JSON held in {@code referral.draft_form}. */
final class DraftJson {
    /** A stored snapshot: fields a later release adds are skipped; a blank date reads as none. */
    private static final ObjectMapper MAPPER = JsonMappers.lenient();

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
