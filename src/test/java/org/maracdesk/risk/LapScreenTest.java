package org.maracdesk.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LapScreenTest {

    @ParameterizedTest(name = "LAP yes to [{0}], judgement [{1}] → screened in {2} by [{3}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "q1                | NULL                    | true  | any-of-first-three",
        "q2                | NULL                    | true  | any-of-first-three",
        "q3                | NULL                    | true  | any-of-first-three",
        "q4;q5;q6          | NULL                    | false | ''",
        "q4;q5;q6;q7       | NULL                    | true  | four-of-the-rest",
        "q8;q9;q10;q11;q4  | NULL                    | true  | four-of-the-rest",
        "q1;q4;q5;q6;q7    | NULL                    | true  | any-of-first-three;four-of-the-rest",
        "''                | NULL                    | false | ''",
        "''                | Victim fears for safety | true  | screener-judgement",
        "q4;q5;q6          | '  '                    | false | ''",
    })
    void screensInOnAnyOfTheFirstThreeOrFourOfTheRestOrTheScreenersJudgement(String yes, String judgement,
            boolean screenedIn, String fired) {
        RiskResult result = Sheets.score(Sheets.yesTo("lap", yes),
                new ReferralContext(Sheets.REFERRAL, null, null, judgement), RiskThresholds.defaults());

        assertEquals(screenedIn, result.screenedIn().orElseThrow());
        assertEquals(Sheets.items(fired), result.rules().stream().filter(RuleOutcome::fired).map(RuleOutcome::id)
                .toList());
    }

    @ParameterizedTest(name = "yes to {0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "q4;q5;q6    | 3 of the 8 listed items are yes (q4, q5 and q6); 4 are needed",
        "q4;q5;q6;q9 | 4 of the 8 listed items are yes (q4, q5, q6 and q9); 4 are needed",
        "''          | 0 of the 8 listed items are yes; 4 are needed",
    })
    void countRuleExplainsHowManyItemsAreYesAndHowManyAreNeeded(String yes, String explanation) {
        RiskResult result = Sheets.score(Sheets.yesTo("lap", yes));

        assertEquals(explanation, result.rule("four-of-the-rest").orElseThrow().explanation());
    }

    @Test
    void lapItemsAreYesOrNoOnly() {
        AnswerSheet sheet = new AnswerSheet("lap", Map.of("q3", ItemAnswer.of(Answer.DONT_KNOW)));

        RiskInputException e = assertThrows(RiskInputException.class, () -> Sheets.score(sheet));
        assertEquals("answers.q3", e.field());
    }

    @Test
    void lapHasNoBandButCountsYesAnswers() {
        RiskResult result = Sheets.score(Sheets.yesTo("lap", "q2;q5"));

        assertEquals(2, result.score());
        assertEquals(List.of(), result.band().stream().toList());
    }
}
