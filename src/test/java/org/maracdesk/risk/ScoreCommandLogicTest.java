package org.maracdesk.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreCommandLogicTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 2).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final String FIFTEEN_YES = "{\"instrument\":\"dash-24\",\"answers\":{"
            + "\"q1\":\"yes\",\"q2\":\"yes\",\"q3\":\"yes\",\"q4\":\"yes\",\"q5\":\"yes\",\"q6\":\"yes\",\"q7\":\"yes\","
            + "\"q8\":\"yes\",\"q9\":\"yes\",\"q10\":\"yes\",\"q11\":\"yes\",\"q12\":\"yes\",\"q13\":\"yes\","
            + "\"q14\":{\"value\":\"yes\",\"source\":\"police\"},\"q15\":\"yes\",\"q16\":\"dont_know\",\"q17\":\"no\","
            + "\"q18\":\"no\",\"q19\":\"no\",\"q20\":\"no\",\"q21\":\"no\",\"q22\":\"no\",\"q23\":\"no\"}}";

    private final ObjectMapper mapper = new ObjectMapper();
    private final ScoreCommandLogic logic = new ScoreCommandLogic(Sheets.REGISTRY, TODAY);

    @TempDir
    Path dir;

    @Test
    void scoresAnswersAndContextFilesIntoExplainedJson() throws IOException {
        Path context = write("context.json", "{\"referralDate\":\"2026-11-02\",\"policeIncidentsLast12Months\":2,"
                + "\"lastMaracListing\":\"2026-03-10\"}");

        JsonNode out = mapper.readTree(logic.run(write("answers.json", FIFTEEN_YES), context));

        assertEquals("dash-24", out.get("instrument").asText());
        assertEquals("2025.1", out.get("version").asText());
        assertEquals(15, out.get("score").asInt());
        assertEquals("high", out.get("band").asText());
        assertEquals(List.of("q6", "q7", "q8", "q9", "q10", "q11", "q13", "q14", "q15"), texts(out.get("seriousFactors")));
        assertEquals(List.of("q24"), texts(out.get("notAsked")));
        assertEquals(List.of("q16"), texts(out.get("dontKnow")));
        assertEquals(List.of("VISIBLE_HIGH_RISK", "REPEAT"), texts(out.get("routes")));
        assertEquals("2 police-reported incidents in the last 12 months; 3 are needed",
                out.get("explanations").get("POTENTIAL_ESCALATION").asText());
        assertEquals("Last MARAC referral or listing 2026-03-10, 237 days before the referral, within the 12-month window "
                + "(until 2027-03-10)", out.get("explanations").get("REPEAT").asText());
        assertTrue(out.get("cluster").get("fired").asBoolean());
        assertEquals("police", out.get("sources").get("q14").asText());
    }

    @Test
    void withoutAContextFileTheReferralIsTodayWithDefaultThresholds() throws IOException {
        JsonNode out = mapper.readTree(logic.run(write("answers.json", FIFTEEN_YES), null));

        assertEquals(List.of("VISIBLE_HIGH_RISK"), texts(out.get("routes")));
        assertEquals(14, out.get("thresholds").get("visibleHighRisk").asInt());
        assertEquals("No earlier MARAC referral or listing of this victim and perpetrator was given", out.get("explanations").get("REPEAT").asText());
    }

    @ParameterizedTest(name = "threshold {0}: band {1}, routes {2}")
    @CsvSource({"14, high, VISIBLE_HIGH_RISK", "15, high, VISIBLE_HIGH_RISK", "16, medium, ''", "17, medium, ''"})
    void contextThresholdsChangeBandAndRoute(int threshold, String band, String routes) throws IOException {
        Path context = write("context.json", "{\"thresholds\":{\"visibleHighRisk\":" + threshold + "}}");

        JsonNode out = mapper.readTree(logic.run(write("answers.json", FIFTEEN_YES), context));

        assertEquals(band, out.get("band").asText());
        assertEquals(Sheets.items(routes), texts(out.get("routes")));
    }

    @Test
    void odaraResultCarriesItsNormAndNoBand() throws IOException {
        Path answers = write("odara.json", "{\"instrument\":\"odara\",\"answers\":{\"q1\":\"yes\",\"q2\":\"yes\","
                + "\"q3\":\"yes\",\"q4\":\"yes\",\"q5\":\"yes\",\"q6\":\"no\",\"q7\":\"dont_know\"}}");

        JsonNode out = mapper.readTree(logic.run(answers, null));

        assertTrue(out.get("band").isNull());
        assertEquals("5–6", out.get("norm").get("scoreRange").asText());
        assertEquals(59, out.get("norm").get("recidivismPercent").asInt());
        assertEquals(7, out.get("norm").get("unscoredItems").asInt());
        assertFalse(out.has("screenedIn"));
    }

    @Test
    void lapResultSaysWhetherTheVictimIsScreenedIn() throws IOException {
        Path answers = write("lap.json", "{\"instrument\":\"lap\",\"answers\":{\"q2\":\"yes\"}}");

        JsonNode out = mapper.readTree(logic.run(answers, null));

        assertTrue(out.get("screenedIn").asBoolean());
        assertEquals("any-of-first-three", firedRules(out).get(0));
    }

    @Test
    void aMissingAnswersFileIsARiskInputExceptionNamingTheFile() {
        Path missing = dir.resolve("nope.json");

        RiskInputException e = assertThrows(RiskInputException.class, () -> logic.run(missing, null));

        assertEquals("answers file", e.field());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void aBadContextFileStopsTheRunWithTheField() throws IOException {
        Path answers = write("answers.json", FIFTEEN_YES);
        Path context = write("context.json", "{\"referralDate\":\"2026-13-01\"}");

        RiskInputException e = assertThrows(RiskInputException.class, () -> logic.run(answers, context));

        assertEquals("context.referralDate: \"2026-13-01\" is not a date (YYYY-MM-DD)", e.getMessage());
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> firedRules(JsonNode out) {
        List<String> fired = new ArrayList<>();
        out.get("rules").forEach(r -> {
            if (r.get("fired").asBoolean()) {
                fired.add(r.get("id").asText());
            }
        });
        return fired;
    }
}
