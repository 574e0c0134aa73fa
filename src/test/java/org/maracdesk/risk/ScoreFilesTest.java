package org.maracdesk.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreFilesTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 2).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private final ScoreFiles files = new ScoreFiles(Sheets.REGISTRY, TODAY);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not an answer | {\"instrument\":\"dash-24\",\"answers\":{\"q7\":\"maybe\"}} "
                + "| answers.q7 | answers.q7: \"maybe\" is not an answer; use yes, no, dont_know or not_asked",
        "unknown item | {\"instrument\":\"dash-24\",\"answers\":{\"q99\":\"yes\"}} "
                + "| answers.q99 | answers.q99: dash-24 has no item q99",
        "unknown instrument | {\"instrument\":\"dash-99\",\"answers\":{}} | instrument "
                + "| instrument: \"dash-99\" is not a known instrument; use dash-24, dash-27, s-dash, lap or odara",
        "unknown top-level key | {\"instrument\":\"dash-24\",\"answers\":{},\"colour\":1} | colour "
                + "| colour: unknown key; use instrument, answers or officerGrading",
        "grading on a self-scored checklist | {\"instrument\":\"dash-24\",\"answers\":{},\"officerGrading\":\"high\"} "
                + "| officerGrading | officerGrading: dash-24 is not graded by an officer; only instruments graded by"
                + " officer judgement (dash-27) take officerGrading",
        "grading not a grading | {\"instrument\":\"dash-27\",\"answers\":{},\"officerGrading\":\"severe\"} "
                + "| officerGrading | officerGrading: \"severe\" is not a grading; use standard, medium or high",
        "answers missing | {\"instrument\":\"dash-24\"} | answers | answers: is required",
        "answers not an object | {\"answers\":[\"yes\"]} | answers | answers: must be a JSON object, not an array",
        "number as answer | {\"answers\":{\"q1\":1}} | answers.q1 "
                + "| answers.q1: 1 is not an answer; use yes, no, dont_know or not_asked, "
                + "or an object {\"value\": …, \"source\": …, \"comment\": …}",
        "null as answer | {\"answers\":{\"q1\":null}} | answers.q1 "
                + "| answers.q1: null is not an answer; use yes, no, dont_know or not_asked, "
                + "or an object {\"value\": …, \"source\": …, \"comment\": …}",
        "upper case answer | {\"answers\":{\"q1\":\"YES\"}} | answers.q1 "
                + "| answers.q1: \"YES\" is not an answer; use yes, no, dont_know or not_asked",
        "answer object without value | {\"answers\":{\"q1\":{\"source\":\"police\"}}} | answers.q1.value "
                + "| answers.q1.value: is required",
        "answer object bad value | {\"answers\":{\"q1\":{\"value\":\"probably\"}}} | answers.q1.value "
                + "| answers.q1.value: \"probably\" is not an answer; use yes, no, dont_know or not_asked",
        "answer object unknown key | {\"answers\":{\"q1\":{\"value\":\"yes\",\"by\":\"x\"}}} | answers.q1.by "
                + "| answers.q1.by: unknown key; use value, source, comment or selected",
        "source not text | {\"answers\":{\"q1\":{\"value\":\"yes\",\"source\":7}}} | answers.q1.source "
                + "| answers.q1.source: must be text, not a number",
        "dont_know on a yes/no item | {\"instrument\":\"lap\",\"answers\":{\"q1\":\"dont_know\"}} | answers.q1 "
                + "| answers.q1: \"dont_know\" is not allowed for lap item q1; use yes, no or not_asked",
        "unknown sub-item | {\"answers\":{\"q3\":{\"value\":\"yes\",\"selected\":[\"for-self\",\"pets\"]}}} "
                + "| answers.q3.selected[1] | answers.q3.selected[1]: \"pets\" is not a sub-item of q3; use "
                + "further-violence, being-killed, for-self, for-children or for-others",
        "sub-item on an item without any | {\"answers\":{\"q5\":{\"value\":\"yes\",\"selected\":[\"x\"]}}} "
                + "| answers.q5.selected[0] | answers.q5.selected[0]: \"x\" is not a sub-item of q5; q5 has no sub-items",
        "sub-items with a no | {\"answers\":{\"q3\":{\"value\":\"no\",\"selected\":[\"for-self\"]}}} "
                + "| answers.q3.selected | answers.q3.selected: sub-items can be ticked only with a yes answer",
    })
    void malformedAnswersFileNamesTheFieldAndWhatIsAllowed(String problem, String json, String field,
            String message) {
        RiskInputException e = assertThrows(RiskInputException.class, () -> validated(json));

        assertEquals(message, e.getMessage());
        assertEquals(field, e.field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated          | {\"answers\":{\"q1\":\"yes\"  | answers file: not valid JSON: line 1, column",
        "duplicate item key | {\"answers\":{\"q1\":\"yes\",\"q1\":\"no\"}} | Duplicate field 'q1'",
        "not an object      | [\"yes\"]                   | answers file: must hold one JSON object, not an array",
        "two objects        | {\"answers\":{}} {}         | answers file: not valid JSON",
    })
    void unreadableAnswersFileIsOneRiskInputException(String problem, String json, String mentions) {
        RiskInputException e = assertThrows(RiskInputException.class, () -> files.parseAnswers(json));

        assertEquals("answers file", e.field());
        assertTrue(e.getMessage().contains(mentions), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad month | {\"referralDate\":\"2026-13-01\"} | context.referralDate "
                + "| context.referralDate: \"2026-13-01\" is not a date (YYYY-MM-DD)",
        "not ISO | {\"lastMaracListing\":\"10/03/2026\"} | context.lastMaracListing "
                + "| context.lastMaracListing: \"10/03/2026\" is not a date (YYYY-MM-DD)",
        "unknown key | {\"policeIncidents\":3} | context.policeIncidents | context.policeIncidents: unknown key; use "
                + "referralDate, policeIncidentsLast12Months, lastMaracReferral, lastMaracListing, professionalJudgement"
                + " or thresholds",
        "negative incidents | {\"policeIncidentsLast12Months\":-1} | context.policeIncidentsLast12Months "
                + "| context.policeIncidentsLast12Months: -1 is not allowed; use 0 or more, or null when not known",
        "incidents as text | {\"policeIncidentsLast12Months\":\"three\"} | context.policeIncidentsLast12Months "
                + "| context.policeIncidentsLast12Months: must be a whole number, not \"three\"",
        "incidents fractional | {\"policeIncidentsLast12Months\":2.5} | context.policeIncidentsLast12Months "
                + "| context.policeIncidentsLast12Months: must be a whole number, not 2.5",
        "listing after referral | {\"referralDate\":\"2026-11-02\",\"lastMaracListing\":\"2026-12-01\"} "
                + "| context.lastMaracListing | context.lastMaracListing: 2026-12-01 is after the referral date "
                + "2026-11-02; give the last listing before this referral",
        "referral after referral | {\"referralDate\":\"2026-11-02\",\"lastMaracReferral\":\"2026-12-01\"} "
                + "| context.lastMaracReferral | context.lastMaracReferral: 2026-12-01 is after the referral date "
                + "2026-11-02; give the last MARAC referral before this one",
        "judgement not text | {\"professionalJudgement\":true} | context.professionalJudgement "
                + "| context.professionalJudgement: must be text, not true/false",
        "unknown threshold | {\"thresholds\":{\"highRisk\":17}} | context.thresholds.highRisk "
                + "| context.thresholds.highRisk: unknown key; use visibleHighRisk, mediumFrom, escalationIncidents "
                + "or repeatWindowMonths",
        "threshold below medium | {\"thresholds\":{\"visibleHighRisk\":8}} | context.thresholds.visibleHighRisk "
                + "| context.thresholds.visibleHighRisk: 8 must be above the start of the medium band "
                + "(thresholds.mediumFrom = 10)",
        "zero window | {\"thresholds\":{\"repeatWindowMonths\":0}} | context.thresholds.repeatWindowMonths "
                + "| context.thresholds.repeatWindowMonths: 0 is not allowed; use a whole number of 1 or more",
        "zero escalation | {\"thresholds\":{\"escalationIncidents\":0}} | context.thresholds.escalationIncidents "
                + "| context.thresholds.escalationIncidents: 0 is not allowed; use a whole number of 1 or more",
        "thresholds not an object | {\"thresholds\":17} | context.thresholds "
                + "| context.thresholds: must be a JSON object, not a number",
    })
    void malformedContextFileNamesTheFieldAndWhatIsAllowed(String problem, String json, String field,
            String message) {
        RiskInputException e = assertThrows(RiskInputException.class, () -> files.parseContext(json));

        assertEquals(message, e.getMessage());
        assertEquals(field, e.field());
    }

    @Test
    void answersMayBeBareStringsOrObjectsWithSourceCommentAndSubItems() {
        AnswerSheet sheet = files.parseAnswers("{\"instrument\":\"dash-24\",\"answers\":{\"q1\":\"yes\","
                + "\"q3\":{\"value\":\"yes\",\"source\":\"police\",\"comment\":\"fears for the children\","
                + "\"selected\":[\"being-killed\",\"for-children\"]},\"q4\":\"dont_know\",\"q5\":\"not_asked\"}}");

        assertEquals(ItemAnswer.of(Answer.YES), sheet.answers().get("q1"));
        assertEquals(new ItemAnswer(Answer.YES, "police", "fears for the children",
                List.of("being-killed", "for-children")), sheet.answers().get("q3"));
        assertEquals(Answer.DONT_KNOW, sheet.valueOf("q4"));
        assertEquals(Answer.NOT_ASKED, sheet.valueOf("q5"));
        assertEquals(Answer.NOT_ASKED, sheet.valueOf("q6"));
    }

    @Test
    void instrumentDefaultsToDashTwentyFour() {
        assertEquals("dash-24", files.parseAnswers("{\"answers\":{}}").instrumentId());
    }

    @Test
    void everyContextKeyIsOptionalAndTheReferralDateDefaultsToToday() {
        ContextInput input = files.parseContext("{}");

        assertEquals(ReferralContext.on(LocalDate.of(2026, 11, 2)), input.context());
        assertEquals(RiskThresholds.defaults(), input.thresholds());
    }

    @Test
    void fullContextIsRead() {
        ContextInput input = files.parseContext("{\"referralDate\":\"2026-11-02\",\"policeIncidentsLast12Months\":3,"
                + "\"lastMaracListing\":\"2026-03-10\",\"professionalJudgement\":\"reason text\","
                + "\"thresholds\":{\"visibleHighRisk\":17,\"escalationIncidents\":4,\"repeatWindowMonths\":6}}");

        assertEquals(new ReferralContext(LocalDate.of(2026, 11, 2), 3, LocalDate.of(2026, 3, 10), "reason text"),
                input.context());
        assertEquals(new RiskThresholds(17, 10, 4, 6), input.thresholds());
    }

    @Test
    void nullMeansNotKnownForOptionalContextValues() {
        ContextInput input = files.parseContext("{\"policeIncidentsLast12Months\":null,\"lastMaracListing\":null,"
                + "\"professionalJudgement\":null}");

        assertEquals(ReferralContext.on(LocalDate.of(2026, 11, 2)), input.context());
    }

    private void validated(String json) {
        AnswerSheet sheet = files.parseAnswers(json);
        Sheets.score(sheet);
    }
}
