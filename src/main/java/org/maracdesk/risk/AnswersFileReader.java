package org.maracdesk.risk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code {"instrument":"dash-24","answers":{"q1":"yes","q2":{"value":"no","source":"police"}}}}.
 * {@code instrument} defaults to dash-24; {@code answers} is required (it may be empty). {@code officerGrading}
 * ({@code standard}, {@code medium} or {@code high}) is the officer's grading of an instrument graded by officer
 * judgement (dash-27).
 */
final class AnswersFileReader {
    private static final List<String> ANSWER_KEYS = List.of("value", "source", "comment", "selected");

    private final InstrumentRegistry registry;

    AnswersFileReader(InstrumentRegistry registry) {
        this.registry = registry;
    }

    /** @throws JsonFieldException naming the field */
    AnswerSheet read(JsonObject root) {
        root.allowOnly(List.of("instrument", "answers", "officerGrading"));
        String instrumentId = root.optText("instrument").orElse(InstrumentRegistry.DEFAULT_ID);
        Instrument instrument = registry.find(instrumentId).orElseThrow(() -> new JsonFieldException("instrument",
                Words.quoted(instrumentId) + " is not a known instrument; use " + Words.oneOf(registry.ids())));
        Map<String, ItemAnswer> answers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.object("answers").fields()) {
            String field = "answers." + entry.getKey();
            if (instrument.item(entry.getKey()).isEmpty()) {
                throw new JsonFieldException(field, instrumentId + " has no item " + entry.getKey());
            }
            answers.put(entry.getKey(), answer(entry.getValue(), field));
        }
        String grading = root.optText("officerGrading").orElse(null);
        if (grading != null && !instrument.gradedByOfficer()) {
            throw new JsonFieldException("officerGrading", instrumentId + " is not graded by an officer; only "
                    + "instruments graded by officer judgement (dash-27) take officerGrading");
        }
        try {
            return new AnswerSheet(instrumentId, answers, grading);
        } catch (RiskInputException e) {
            throw new JsonFieldException("officerGrading", Words.quoted(grading) + " is not a grading; use "
                    + Words.oneOf(AnswerSheet.GRADINGS));
        }
    }

    private ItemAnswer answer(JsonNode node, String field) {
        if (node.isTextual()) {
            return ItemAnswer.of(value(node.asText(), field));
        }
        if (!node.isObject()) {
            throw new JsonFieldException(field, JsonObject.describe(node) + " is not an answer; use "
                    + Words.oneOf(Answer.jsonNames(List.of(Answer.values())))
                    + ", or an object {\"value\": …, \"source\": …, \"comment\": …}");
        }
        JsonObject o = new JsonObject(node, field).allowOnly(ANSWER_KEYS);
        Answer value = value(o.text("value"), o.pathOf("value"));
        return new ItemAnswer(value, o.optText("source").orElse(null), o.optText("comment").orElse(null),
                o.textArray("selected"));
    }

    private static Answer value(String text, String field) {
        return Answer.fromJson(text).orElseThrow(() -> new JsonFieldException(field, Words.quoted(text)
                + " is not an answer; use " + Words.oneOf(Answer.jsonNames(List.of(Answer.values())))));
    }
}
