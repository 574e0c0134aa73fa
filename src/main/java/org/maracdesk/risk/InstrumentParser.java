package org.maracdesk.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads one instrument file into an {@link Instrument} and validates it. Shape problems (wrong
 * types, unknown keys, unknown answer types) stop at the first; the checks of
 * {@link InstrumentValidator} are all reported together.
 */
final class InstrumentParser {
    private static final List<String> TOP_KEYS =
            List.of("id", "version", "title", "licence", "guidance", "bands", "items", "rules", "norms");
    private static final List<String> ITEM_KEYS =
            List.of("id", "textKey", "text", "answerType", "serious", "weight", "subItems");
    private static final List<String> SUB_ITEM_KEYS = List.of("id", "textKey", "text");
    private static final List<String> BAND_KEYS = List.of("id", "min", "max");

    private final RuleParser rules = new RuleParser();

    /** @param file the name used in error messages ({@code dash-24.json}) */
    Instrument parse(String file, String json) {
        Instrument instrument;
        try {
            JsonNode root = Json.MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new InstrumentFileException(file,
                        List.of("must hold one JSON object, not " + JsonObject.kind(root)));
            }
            instrument = read(new JsonObject(root, ""));
        } catch (JsonProcessingException e) {
            throw new InstrumentFileException(file, "not valid JSON: " + Json.describe(e), e);
        } catch (JsonFieldException e) {
            throw new InstrumentFileException(file, e.describe(), e);
        }
        List<String> problems = new InstrumentValidator(instrument).problems();
        if (!problems.isEmpty()) {
            throw new InstrumentFileException(file, problems);
        }
        return instrument;
    }

    private Instrument read(JsonObject root) {
        root.allowOnly(TOP_KEYS);
        String id = root.text("id");
        List<Item> items = root.array("items").stream().map(e -> item(e.asObject())).toList();
        if (items.isEmpty()) {
            throw new JsonFieldException("items", "must list at least one item");
        }
        return new Instrument(id, root.text("version"), root.text("title"), root.text("licence"),
                root.optText("guidance").orElse(""), items, banding(root),
                root.array("rules").stream().map(e -> rules.rule(e.asObject())).toList(),
                root.optObject("norms").map(this::norms));
    }

    private Item item(JsonObject o) {
        o.allowOnly(ITEM_KEYS);
        String typeName = o.text("answerType");
        AnswerType type = AnswerType.fromJson(typeName).orElseThrow(() -> new JsonFieldException(o.pathOf("answerType"),
                Words.quoted(typeName) + " is not an answer type; use " + Words.oneOf(AnswerType.jsonNames())));
        List<SubItem> subItems = o.array("subItems").stream().map(e -> subItem(e.asObject())).toList();
        return new Item(o.text("id"), o.text("textKey"), o.text("text"), type,
                o.optBoolean("serious").orElse(false), o.optInt("weight").orElse(1), subItems);
    }

    private SubItem subItem(JsonObject o) {
        o.allowOnly(SUB_ITEM_KEYS);
        return new SubItem(o.text("id"), o.text("textKey"), o.text("text"));
    }

    private Banding banding(JsonObject root) {
        JsonNode bands = root.raw("bands");
        if (bands == null || bands.isNull()) {
            return new Banding.None();
        }
        if (bands.isTextual()) {
            if ("officer".equals(bands.asText())) {
                return new Banding.Officer();
            }
            if (!"marac".equals(bands.asText())) {
                throw new JsonFieldException("bands", Words.quoted(bands.asText())
                        + " is not a band source; use \"marac\", \"officer\" or a list of bands");
            }
            return new Banding.Marac();
        }
        return new Banding.Fixed(root.array("bands").stream().map(e -> band(e.asObject())).toList());
    }

    private Band band(JsonObject o) {
        o.allowOnly(BAND_KEYS);
        return new Band(o.text("id"), o.intValue("min"), o.optInt("max").orElse(null));
    }

    private NormTable norms(JsonObject o) {
        o.allowOnly(List.of("version", "source", "rows"));
        List<NormRow> rows = o.array("rows").stream().map(e -> normRow(e.asObject())).toList();
        return new NormTable(o.text("version"), o.text("source"), rows);
    }

    private NormRow normRow(JsonObject o) {
        o.allowOnly(List.of("min", "max", "recidivismPercent", "samplePercent", "lowerPercent", "higherPercent"));
        return new NormRow(o.intValue("min"), o.intValue("max"), o.intValue("recidivismPercent"),
                o.intValue("samplePercent"), o.intValue("lowerPercent"), o.intValue("higherPercent"));
    }

    static Optional<String> fileId(String fileName) {
        return fileName.endsWith(".json")
                ? Optional.of(fileName.substring(0, fileName.length() - ".json".length()))
                : Optional.empty();
    }
}
