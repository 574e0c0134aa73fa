package org.maracdesk.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentFileValidationTest {
    /** Two valid yes/no items, q1 and q2; {@code ITEMS2} in a row's JSON stands for them. */
    private static final String ITEMS2 = "[{\"id\":\"q1\",\"textKey\":\"k.q1\",\"text\":\"One\",\"answerType\":\"yes_no\"},"
            + "{\"id\":\"q2\",\"textKey\":\"k.q2\",\"text\":\"Two\",\"answerType\":\"yes_no\"}]";
    private static final String HEAD = "{\"id\":\"test\",\"version\":\"1\",\"title\":\"Test\",\"licence\":\"none\",";

    private final InstrumentParser parser = new InstrumentParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "duplicate item id | HEAD \"items\":[{\"id\":\"q1\",\"textKey\":\"a\",\"text\":\"A\",\"answerType\":\"yes_no\"},"
                + "{\"id\":\"q1\",\"textKey\":\"b\",\"text\":\"B\",\"answerType\":\"yes_no\"}]} "
                + "| items[1].id: duplicate item id q1",
        "unknown answer type | HEAD \"items\":[{\"id\":\"q1\",\"textKey\":\"a\",\"text\":\"A\",\"answerType\":\"maybe\"}]} "
                + "| items[0].answerType: \"maybe\" is not an answer type; use yes_no or yes_no_dont_know",
        "band gap | HEAD \"items\":ITEMS2,\"bands\":[{\"id\":\"low\",\"min\":0,\"max\":0},{\"id\":\"high\",\"min\":2}]} "
                + "| bands[1].min: gap: no entry covers 1",
        "band overlap | HEAD \"items\":ITEMS2,\"bands\":[{\"id\":\"low\",\"min\":0,\"max\":1},{\"id\":\"high\",\"min\":1}]} "
                + "| bands[1].min: overlap: 1 is already covered by the entry before",
        "bands not from zero | HEAD \"items\":ITEMS2,\"bands\":[{\"id\":\"high\",\"min\":1}]} "
                + "| bands[0].min: gap: no entry covers 0",
        "bands short of max score | HEAD \"items\":ITEMS2,\"bands\":[{\"id\":\"low\",\"min\":0,\"max\":1}]} "
                + "| bands: do not cover 2 (the highest possible score is 2)",
        "open band not last | HEAD \"items\":ITEMS2,\"bands\":[{\"id\":\"low\",\"min\":0},{\"id\":\"high\",\"min\":2}]} "
                + "| bands[0].max: only the last entry may be open-ended",
        "duplicate band id | HEAD \"items\":ITEMS2,\"bands\":[{\"id\":\"low\",\"min\":0,\"max\":0},{\"id\":\"low\",\"min\":1}]} "
                + "| bands[1].id: duplicate band id low",
        "unknown band source | HEAD \"items\":ITEMS2,\"bands\":\"local\"} "
                + "| bands: \"local\" is not a band source; use \"marac\", \"officer\" or a list of bands",
        "rule with unknown item | HEAD \"items\":ITEMS2,\"rules\":[{\"type\":\"any_of\",\"id\":\"r\",\"text\":\"R\","
                + "\"items\":[\"q1\",\"q99\"]}]} | rules[0].items[1]: q99 is not an item of test",
        "cluster part with unknown item | HEAD \"items\":ITEMS2,\"rules\":[{\"type\":\"cluster\",\"id\":\"c\",\"text\":\"C\","
                + "\"parts\":[{\"id\":\"a\",\"text\":\"A\",\"items\":[\"q1\"]},{\"id\":\"b\",\"text\":\"B\",\"items\":[\"q7\"]}]}]} "
                + "| rules[0].parts[1].items[0]: q7 is not an item of test",
        "unknown rule type | HEAD \"items\":ITEMS2,\"rules\":[{\"type\":\"sum_of\",\"id\":\"r\",\"text\":\"R\"}]} "
                + "| rules[0].type: \"sum_of\" is not a rule type; use any_of, at_least, cluster or judgement",
        "at_least asks for more than listed | HEAD \"items\":ITEMS2,\"rules\":[{\"type\":\"at_least\",\"id\":\"r\",\"text\":\"R\","
                + "\"items\":[\"q1\",\"q2\"],\"min\":3}]} | rules[0].min: 3 is not possible; use 1 to 2 (the number of items listed)",
        "unknown rule effect | HEAD \"items\":ITEMS2,\"rules\":[{\"type\":\"any_of\",\"id\":\"r\",\"text\":\"R\","
                + "\"effect\":\"alarm\",\"items\":[\"q1\"]}]} | rules[0].effect: \"alarm\" is not a rule effect; use flag or screen_in",
        "duplicate rule id | HEAD \"items\":ITEMS2,\"rules\":[{\"type\":\"judgement\",\"id\":\"r\",\"text\":\"R\"},"
                + "{\"type\":\"judgement\",\"id\":\"r\",\"text\":\"S\"}]} | rules[1].id: duplicate rule id r",
        "norm rows with a gap | HEAD \"items\":ITEMS2,\"norms\":{\"version\":\"v\",\"source\":\"s\",\"rows\":["
                + "{\"min\":0,\"max\":0,\"recidivismPercent\":5,\"samplePercent\":50,\"lowerPercent\":0,\"higherPercent\":50},"
                + "{\"min\":2,\"max\":2,\"recidivismPercent\":9,\"samplePercent\":50,\"lowerPercent\":50,\"higherPercent\":0}]}} "
                + "| norms.rows[1].min: gap: no entry covers 1",
        "weight below one | HEAD \"items\":[{\"id\":\"q1\",\"textKey\":\"a\",\"text\":\"A\",\"answerType\":\"yes_no\",\"weight\":0}]} "
                + "| items[0].weight: 0 is not allowed; a weight is a whole number of 1 or more",
        "serious not a boolean | HEAD \"items\":[{\"id\":\"q1\",\"textKey\":\"a\",\"text\":\"A\",\"answerType\":\"yes_no\",\"serious\":\"yes\"}]} "
                + "| items[0].serious: must be true or false, not \"yes\"",
        "unknown top-level key | HEAD \"colour\":\"red\",\"items\":ITEMS2} "
                + "| colour: unknown key; use id, version, title, licence, guidance, bands, items, rules or norms",
        "unknown item key | HEAD \"items\":[{\"id\":\"q1\",\"textKey\":\"a\",\"text\":\"A\",\"answerType\":\"yes_no\",\"bold\":true}]} "
                + "| items[0].bold: unknown key; use id, textKey, text, answerType, serious, weight or subItems",
        "missing version | {\"id\":\"test\",\"title\":\"Test\",\"licence\":\"none\",\"items\":ITEMS2} | version: is required",
        "blank item text | HEAD \"items\":[{\"id\":\"q1\",\"textKey\":\"a\",\"text\":\" \",\"answerType\":\"yes_no\"}]} "
                + "| items[0].text: must not be blank",
        "no items | HEAD \"items\":[]} | items: must list at least one item",
        "bad instrument id | {\"id\":\"Test One\",\"version\":\"1\",\"title\":\"T\",\"licence\":\"none\",\"items\":ITEMS2} "
                + "| id: \"Test One\" is not a valid id; use lower-case letters, digits and '-'",
    })
    void malformedInstrumentFileNamesTheFileTheFieldAndTheProblem(String problem, String json, String expected) {
        InstrumentFileException e = assertThrows(InstrumentFileException.class,
                () -> parser.parse("test.json", json.replace("HEAD", HEAD).replace("ITEMS2", ITEMS2)));

        assertEquals("test.json: " + expected, e.getMessage());
        assertEquals("test.json", e.file());
    }

    @Test
    void everyProblemInAFileIsReportedTogether() {
        String json = HEAD + "\"items\":[{\"id\":\"q1\",\"textKey\":\"a\",\"text\":\"A\",\"answerType\":\"yes_no\"},"
                + "{\"id\":\"q1\",\"textKey\":\"b\",\"text\":\"B\",\"answerType\":\"yes_no\"}],"
                + "\"rules\":[{\"type\":\"any_of\",\"id\":\"r\",\"text\":\"R\",\"items\":[\"q9\"]}]}";

        InstrumentFileException e = assertThrows(InstrumentFileException.class, () -> parser.parse("two.json", json));

        assertEquals(List.of("items[1].id: duplicate item id q1", "rules[0].items[0]: q9 is not an item of test"),
                e.problems());
        assertEquals("two.json has 2 problems:\n  items[1].id: duplicate item id q1\n"
                + "  rules[0].items[0]: q9 is not an item of test", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated file      | {\"id\":\"test\",      | test.json: not valid JSON: line 1, column | end-of-input",
        "duplicate JSON key  | {\"id\":\"a\",\"id\":\"b\"} | test.json: not valid JSON: line 1, column | Duplicate field 'id'",
        "array instead       | [1,2]                  | test.json: must hold one JSON object      | not an array",
        "empty file          | ''                     | test.json: must hold one JSON object      | not",
    })
    void unreadableJsonIsReportedWithTheFileAndPosition(String problem, String json, String start, String mentions) {
        InstrumentFileException e = assertThrows(InstrumentFileException.class, () -> parser.parse("test.json", json));

        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertTrue(e.getMessage().contains(mentions), e.getMessage());
    }

    @Test
    void aValidMinimalInstrumentParses() {
        Instrument instrument = parser.parse("test.json", HEAD + "\"items\":" + ITEMS2
                + ",\"bands\":[{\"id\":\"low\",\"min\":0,\"max\":1},{\"id\":\"high\",\"min\":2}]}");

        assertEquals(List.of("q1", "q2"), instrument.itemIds());
        assertEquals(2, instrument.maxScore());
    }
}
