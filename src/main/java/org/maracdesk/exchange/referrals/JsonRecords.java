package org.maracdesk.exchange.referrals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.maracdesk.common.JsonMappers;

/** Reads a JSON array of referral objects, remembering the line each object starts on. */
final class JsonRecords {
    private static final ObjectMapper MAPPER = JsonMappers.strict();
    /** Reads one element of the array at a time; what follows an element is checked here, not by Jackson. */
    private static final ObjectReader ELEMENT = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonRecords() {
    }

    /** @throws FileProblem when the file is not a JSON array; the reason never quotes the content */
    static List<SourceRecord> read(String text) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new FileProblem(1, "the file is empty; it must hold a JSON array of referrals: [ {…}, {…} ]");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new FileProblem(line(parser), "the file must hold a JSON array of referrals: [ {…}, {…} ]");
            }
            List<SourceRecord> records = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = line(parser);
                records.add(new SourceRecord(line, ELEMENT.readTree(parser), FieldNames.JSON));
            }
            if (parser.nextToken() != null) {
                throw new FileProblem(line(parser), "there is more after the closing ] of the array");
            }
            return records;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            throw new FileProblem(line, original.startsWith("Duplicate field")
                    ? "a field appears twice in one object (column " + column + ")"
                    : "the file is not valid JSON here (column " + column + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("the file could not be read", e);
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
