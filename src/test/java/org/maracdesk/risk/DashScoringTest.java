package org.maracdesk.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DashScoringTest {

    @ParameterizedTest(name = "{0} yes of dash-24 → score {0}, band {1}, visible high risk {2}")
    @CsvSource({
        "0,  standard, false",
        "9,  standard, false",
        "10, medium,   false",
        "13, medium,   false",
        "14, high,     true",
        "15, high,     true",
        "24, high,     true",
    })
    void yesAnswersGiveScoreBandAndVisibleHighRiskAtDefaultThreshold(int yes, String band, boolean high) {
        RiskResult result = Sheets.score(Sheets.firstYes("dash-24", yes, Answer.NO));

        assertEquals(yes, result.score());
        assertEquals(band, result.band().orElseThrow());
        assertEquals(high, result.meets(ReferralRoute.VISIBLE_HIGH_RISK));
    }

    @ParameterizedTest(name = "threshold 17: {0} yes → band {1}, visible high risk {2}")
    @CsvSource({
        "9,  standard, false",
        "10, medium,   false",
        "14, medium,   false",
        "16, medium,   false",
        "17, high,     true",
        "18, high,     true",
    })
    void configuredThresholdSeventeenStartsTheHighBandAndTheRoute(int yes, String band, boolean high) {
        RiskThresholds seventeen = RiskThresholds.defaults().withVisibleHighRisk(17);

        RiskResult result = Sheets.score(Sheets.firstYes("dash-24", yes, Answer.NO), seventeen);

        assertEquals(band, result.band().orElseThrow());
        assertEquals(high, result.meets(ReferralRoute.VISIBLE_HIGH_RISK));
    }

    @ParameterizedTest(name = "{0} yes, threshold {1}: \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "14 | 14 | Score 14 is at or above the threshold 14",
        "13 | 14 | Score 13 is below the threshold 14",
        "17 | 17 | Score 17 is at or above the threshold 17",
        "16 | 17 | Score 16 is below the threshold 17",
    })
    void visibleHighRiskExplainsScoreAgainstThreshold(int yes, int threshold, String explanation) {
        RiskResult result = Sheets.score(Sheets.firstYes("dash-24", yes, Answer.NO),
                RiskThresholds.defaults().withVisibleHighRisk(threshold));

        assertEquals(explanation, result.explanations().get(ReferralRoute.VISIBLE_HIGH_RISK));
    }

    @ParameterizedTest(name = "dash-27: {0} ticks, officer grades {1} → visible high risk {2}")
    @CsvSource({
        "13, high,     true,  The officer graded the risk high; 13 ticks of 27",
        "27, medium,   false, The officer graded the risk medium; 27 ticks of 27",
        "14, standard, false, The officer graded the risk standard; 14 ticks of 27",
        "20, '',       false, The officer's grading was not given; 20 ticks of 27",
    })
    void policeVersionTakesTheOfficersGradingAndReportsTheTicksAsInformation(int yes, String grading, boolean high,
                                                                          String explanation) {
        AnswerSheet ticks = Sheets.firstYes("dash-27", yes, Answer.NO);
        RiskResult result = Sheets.score(new AnswerSheet("dash-27", ticks.answers(), grading));

        assertEquals(yes, result.score(), "every tick is counted and shown");
        assertEquals(27, result.maxScore());
        assertEquals(grading.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(grading), result.band(),
                "the band is the officer's grading, not the count");
        assertEquals(high, result.meets(ReferralRoute.VISIBLE_HIGH_RISK));
        assertTrue(result.explanations().get(ReferralRoute.VISIBLE_HIGH_RISK).startsWith(explanation),
                result.explanations().get(ReferralRoute.VISIBLE_HIGH_RISK));
        assertTrue(result.explanations().get(ReferralRoute.VISIBLE_HIGH_RISK).contains("information only"));
    }

    @Test
    void anOfficersGradingMustBeStandardMediumOrHigh() {
        RiskInputException e = assertThrows(RiskInputException.class,
                () -> new AnswerSheet("dash-27", Map.of(), "very high"));
        assertEquals("officerGrading", e.field());
        assertEquals("high", new AnswerSheet("dash-27", Map.of(), " HIGH ").officerGrading());
    }

    @Test
    void missingAnswersAreReportedAsNotAskedAndNeverCountedAsNo() {
        AnswerSheet tenYesOnly = new AnswerSheet("dash-24", Map.of(
                "q1", yes(), "q2", yes(), "q3", yes(), "q4", yes(), "q5", yes(),
                "q6", yes(), "q7", yes(), "q8", yes(), "q9", yes(), "q10", yes()));

        RiskResult result = Sheets.score(tenYesOnly);

        assertEquals(10, result.score());
        assertEquals(List.of("q11", "q12", "q13", "q14", "q15", "q16", "q17", "q18", "q19", "q20", "q21", "q22",
                "q23", "q24"), result.notAsked());
        assertFalse(result.complete());
        assertEquals("Score 10 is below the threshold 14; 14 items were not asked or answered don't know, "
                + "and they could take the score to the threshold",
                result.explanations().get(ReferralRoute.VISIBLE_HIGH_RISK));
    }

    @ParameterizedTest(name = "{0} yes, {1} not asked → score {0}, {1} reported")
    @CsvSource({"13, 11", "5, 19", "0, 24"})
    void notAskedAnswersAreReportedAndNotCounted(int yes, int notAsked) {
        RiskResult result = Sheets.score(Sheets.firstYes("dash-24", yes, Answer.NOT_ASKED));

        assertEquals(yes, result.score());
        assertEquals(notAsked, result.notAsked().size());
        assertEquals("q" + (yes + 1), result.notAsked().get(0));
        assertTrue(result.dontKnow().isEmpty());
    }

    @ParameterizedTest(name = "{0} yes + rest don't know → score {0}, not high")
    @CsvSource({"0, 24", "10, 14", "13, 11"})
    void dontKnowIsReportedButNotCountedAsYes(int yes, int dontKnow) {
        RiskResult result = Sheets.score(Sheets.firstYes("dash-24", yes, Answer.DONT_KNOW));

        assertEquals(yes, result.score());
        assertEquals(dontKnow, result.dontKnow().size());
        assertFalse(result.meets(ReferralRoute.VISIBLE_HIGH_RISK));
        assertTrue(result.notAsked().isEmpty());
        assertTrue(result.complete());
    }

    @Test
    void belowThresholdWithEveryItemAnsweredDoesNotHintThatTheScoreCouldRise() {
        RiskResult result = Sheets.score(Sheets.firstYes("dash-24", 13, Answer.NO));

        assertEquals("Score 13 is below the threshold 14", result.explanations().get(ReferralRoute.VISIBLE_HIGH_RISK));
    }

    @ParameterizedTest(name = "{0}: yes to {1} → serious {2}")
    @CsvSource({
        "dash-24, q1;q2;q3;q4,          ''",
        "dash-24, q15;q2;q6,            q6;q15",
        "dash-24, q14;q13;q9;q20,       q9;q13;q14;q20",
        "dash-24, q6;q7;q8;q9;q10;q11;q13;q14;q15;q16;q20, q6;q7;q8;q9;q10;q11;q13;q14;q15;q16;q20",
        "dash-27, q18;q17;q16,          q16;q17;q18",
        "dash-27, q10;q11;q12;q15,      ''",
        "dash-27, q23;q13;q14,          q13;q14;q23",
    })
    void seriousFactorsAreTheTaggedItemsAnsweredYesInItemOrder(String instrument, String yes, String serious) {
        RiskResult result = Sheets.score(Sheets.yesTo(instrument, yes));

        assertEquals(Sheets.items(serious), result.seriousFactors());
    }

    @Test
    void dontKnowOnASeriousItemIsNotASeriousFactor() {
        AnswerSheet sheet = new AnswerSheet("dash-24", Map.of("q15", ItemAnswer.of(Answer.DONT_KNOW),
                "q14", ItemAnswer.of(Answer.NOT_ASKED), "q6", yes()));

        assertEquals(List.of("q6"), Sheets.score(sheet).seriousFactors());
    }

    @Test
    void answerSourcesAreKeptPerItem() {
        AnswerSheet sheet = new AnswerSheet("dash-24", Map.of(
                "q7", new ItemAnswer(Answer.YES, "police", "contact dispute in family court", List.of()),
                "q1", new ItemAnswer(Answer.NO, " ", null, List.of())));

        assertEquals(Map.of("q7", "police"), Sheets.score(sheet).sources());
    }

    @Test
    void policeOnlyChildrenItemsAcceptYesOrNoButNotDontKnow() {
        AnswerSheet sheet = new AnswerSheet("dash-27", Map.of("q11", ItemAnswer.of(Answer.DONT_KNOW)));

        RiskInputException e = assertThrows(RiskInputException.class, () -> Sheets.score(sheet));
        assertEquals("answers.q11: \"dont_know\" is not allowed for dash-27 item q11; use yes, no or not_asked",
                e.getMessage());
    }

    private static ItemAnswer yes() {
        return ItemAnswer.of(Answer.YES);
    }
}
