package org.maracdesk.exchange.tracker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maracdesk.common.JsonMappers;

/**
 * The mapping as a JSON file a coordinator can read and edit:
 * <pre>{"format": "marac-desk-tracker-mapping", "version": 1,
 *  "columns": {"victimForename": "First name", "maracDate": "MARAC date", …},
 *  "keepAsNotes": ["Outcome 2"],
 *  "agencies": {"Kent Police": "police"}, "districts": {"Swale Borough": "Swale"}}</pre>
 * Read strictly: unknown keys and fields are refused, each problem naming its key.
 */
public final class MappingFile {
    static final String FORMAT = "marac-desk-tracker-mapping";
    private static final ObjectMapper JSON = JsonMappers.strict();

    private MappingFile() {
    }

    public static void write(ColumnMapping m, Path file) throws IOException {
        Files.writeString(file, text(m), StandardCharsets.UTF_8);
    }

    static String text(ColumnMapping m) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("version", 1);
        ObjectNode cols = root.putObject("columns");
        m.columns().forEach((f, c) -> cols.put(f.key(), c));
        m.keepAsNotes().forEach(root.putArray("keepAsNotes")::add);
        if (m.keepAsNotes().isEmpty()) {
            root.putArray("keepAsNotes");
        }
        ObjectNode agencies = root.putObject("agencies");
        m.agencies().forEach(agencies::put);
        ObjectNode districts = root.putObject("districts");
        m.districts().forEach(districts::put);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the mapping could not be written as JSON", e);
        }
    }

    /** @throws TrackerFileException naming what is wrong */
    public static ColumnMapping read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new TrackerFileException(e.getLocation() == null ? TrackerText.text("migrate.mappingFile.notJson")
                    : TrackerText.text("migrate.mappingFile.notJsonAt", e.getLocation().getLineNr()));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new TrackerFileException(TrackerText.text("migrate.mappingFile.notMapping", FORMAT));
        }
        only(root, "", Set.of("format", "version", "columns", "keepAsNotes", "agencies", "districts"));
        Map<TrackerField, String> columns = new EnumMap<>(TrackerField.class);
        for (Map.Entry<String, String> e : texts(root, "columns").entrySet()) {
            columns.put(TrackerField.fromKey(e.getKey()).orElseThrow(() -> new TrackerFileException(TrackerText.text(
                    "migrate.mappingFile.notField", e.getKey(), String.join(", ", TrackerField.keys())))),
                    e.getValue());
        }
        List<String> keep = new ArrayList<>();
        JsonNode k = root.path("keepAsNotes");
        if (!k.isMissingNode() && !k.isArray()) {
            throw new TrackerFileException(TrackerText.text("migrate.mappingFile.keepAsNotes"));
        }
        k.forEach(n -> keep.add(n.asText()));
        return new ColumnMapping(columns, keep, texts(root, "agencies"), texts(root, "districts"));
    }

    private static Map<String, String> texts(JsonNode root, String key) {
        JsonNode n = root.path(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (n.isMissingNode()) {
            return out;
        }
        if (!n.isObject()) {
            throw new TrackerFileException(TrackerText.text("migrate.mappingFile.names", key));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new TrackerFileException(TrackerText.text("migrate.mappingFile.text", key, e.getKey()));
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static void only(JsonNode n, String path, Set<String> keys) {
        n.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k)) {
                throw new TrackerFileException(TrackerText.text("migrate.mappingFile.key", path + k));
            }
        });
    }
}
