package org.maracdesk.exchange.exports;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.HexFormat;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.security.Sha256;

/** The SHA-256 of a copy's content, as its JSON (records serialise their components in declaration order). */
final class ContentHash {
    private ContentHash() {
    }

    static String of(Object content) {
        try {
            return HexFormat.of().formatHex(Sha256.of(JsonMappers.lenient().writeValueAsString(content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the copy's content could not be hashed");
        }
    }
}
