package org.maracdesk.exchange.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV rows and JSON objects become the same field trees, and problems are named as the file names fields. */
class ReferralRecordsTest {
    @Test
    void numberedCsvGroupsBecomeListsAndKeepTheirColumnNames() {
        SourceRecord r = CsvRecords.read("child1.givenName,child2.givenName,risk.q1,risk.q2.comment,flags\n"
                + ",Mia,yes,seen by police,pets; rural\n").get(0);
        assertEquals("Mia", r.fields().at("/children/0/givenName").asText());
        assertEquals("yes", r.fields().at("/risk/answers/q1/value").asText());
        assertEquals("seen by police", r.fields().at("/risk/answers/q2/comment").asText());
        assertEquals(2, r.fields().get("flags").size());
        assertEquals("child2.givenName", r.names().name("children[0].givenName"), "a blank child1 is skipped");
        assertEquals("risk.q1", r.names().name("risk.answers.q1.value"));
        assertEquals("risk.q1", r.names().name("risk.answers.q1"));
        assertEquals("perpetrator1", r.names().name("perpetrators"));
        assertEquals("flags", r.names().name("flags[1]"));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsAProblemOfThatLine() {
        FileProblem p = assertThrows(FileProblem.class, () -> CsvRecords.read("a,b\n1,2\n1,2,3\n"));
        assertEquals(3, p.line());
    }

    @Test
    void jsonObjectsKeepTheLineTheyStartOn() {
        List<SourceRecord> records = JsonRecords.read("[\n  {\"a\": 1},\n\n  {\n    \"b\": 2\n  }\n]\n");
        assertEquals(List.of(2, 4), records.stream().map(SourceRecord::line).toList());
    }

    @Test
    void brokenJsonNamesTheLineAndQuotesNothing() {
        FileProblem p = assertThrows(FileProblem.class, () -> JsonRecords.read("[\n {\"victim\": Secretname}\n]"));
        assertEquals(2, p.line());
        assertFalse(p.getMessage().contains("Secretname"));
        FileProblem twice = assertThrows(FileProblem.class, () -> JsonRecords.read("[{\"a\": 1, \"a\": 2}]"));
        assertEquals(1, twice.line());
        assertTrue(twice.getMessage().startsWith("a field appears twice in one object"), twice.getMessage());
    }
}
