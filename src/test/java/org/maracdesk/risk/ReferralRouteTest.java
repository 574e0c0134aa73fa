package org.maracdesk.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferralRouteTest {
    private static final AnswerSheet LOW_SCORE = Sheets.firstYes("dash-24", 5, Answer.NO);

    @ParameterizedTest(name = "reason [{0}] → met {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Victim fears honour-based abuse from extended family | true  | Professional judgement was chosen with a written reason",
        "x                                                    | true  | Professional judgement was chosen with a written reason",
        "NULL                                                 | false | Professional judgement was not chosen",
        "''                                                   | false | Professional judgement was not chosen",
        "'   '                                                | false | Professional judgement was not chosen",
    })
    void professionalJudgementIsMetOnlyWithANonBlankWrittenReason(String reason, boolean met, String explanation) {
        RiskResult result = score(new ReferralContext(Sheets.REFERRAL, null, null, reason));

        assertEquals(met, result.meets(ReferralRoute.PROFESSIONAL_JUDGEMENT));
        assertEquals(explanation, result.explanations().get(ReferralRoute.PROFESSIONAL_JUDGEMENT));
        assertEquals(met, result.professionalJudgement().isPresent());
    }

    @ParameterizedTest(name = "{0} incidents, {1} needed → met {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "0    | 3 | false | 0 police-reported incidents in the last 12 months; 3 are needed",
        "1    | 3 | false | 1 police-reported incident in the last 12 months; 3 are needed",
        "2    | 3 | false | 2 police-reported incidents in the last 12 months; 3 are needed",
        "3    | 3 | true  | 3 police-reported incidents in the last 12 months; 3 or more meet potential escalation",
        "7    | 3 | true  | 7 police-reported incidents in the last 12 months; 3 or more meet potential escalation",
        "4    | 5 | false | 4 police-reported incidents in the last 12 months; 5 are needed",
        "5    | 5 | true  | 5 police-reported incidents in the last 12 months; 5 or more meet potential escalation",
        "NULL | 3 | false | The number of police-reported incidents in the last 12 months was not given",
    })
    void potentialEscalationNeedsTheConfiguredNumberOfPoliceIncidents(Integer incidents, int needed, boolean met,
            String explanation) {
        RiskThresholds thresholds = new RiskThresholds(14, 10, needed, 12);

        RiskResult result = Sheets.score(LOW_SCORE, new ReferralContext(Sheets.REFERRAL, incidents, null, null),
                thresholds);

        assertEquals(met, result.meets(ReferralRoute.POTENTIAL_ESCALATION));
        assertEquals(explanation, result.explanations().get(ReferralRoute.POTENTIAL_ESCALATION));
    }

    @ParameterizedTest(name = "listed {0}, referred {1} ({2} days) → repeat {3}")
    @CsvSource({
        "2025-03-10, 2025-03-10,   0, true",
        "2025-03-10, 2026-03-09, 364, true",
        "2025-03-10, 2026-03-10, 365, true",
        "2025-03-10, 2026-03-11, 366, false",
        "2027-03-10, 2028-03-09, 365, true",
        "2027-03-10, 2028-03-10, 366, true",
        "2027-03-10, 2028-03-11, 367, false",
        "2024-02-29, 2025-02-28, 365, true",
        "2024-02-29, 2025-03-01, 366, false",
    })
    void repeatCountsTwelveCalendarMonthsFromTheLastListingIncludingTheAnniversary(LocalDate listed,
            LocalDate referred, long days, boolean repeat) {
        assertEquals(days, ChronoUnit.DAYS.between(listed, referred), "test data: day count");

        RiskResult result = score(new ReferralContext(referred, null, listed, null));

        assertEquals(repeat, result.meets(ReferralRoute.REPEAT));
    }

    @ParameterizedTest(name = "window {0} months, listed {1}, referred {2} → repeat {3}")
    @CsvSource({
        "6,  2026-03-10, 2026-09-10, true",
        "6,  2026-03-10, 2026-09-11, false",
        "24, 2025-03-10, 2027-03-10, true",
        "24, 2025-03-10, 2027-03-11, false",
    })
    void repeatWindowFollowsTheConfiguredMonths(int months, LocalDate listed, LocalDate referred, boolean repeat) {
        RiskThresholds thresholds = new RiskThresholds(14, 10, 3, months);

        RiskResult result = Sheets.score(LOW_SCORE, new ReferralContext(referred, null, listed, null), thresholds);

        assertEquals(repeat, result.meets(ReferralRoute.REPEAT));
    }

    @ParameterizedTest(name = "listed {0}, referred {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "2026-03-10 | 2026-11-02 | Last MARAC referral or listing 2026-03-10, 237 days before the referral, within the 12-month window "
                + "(until 2027-03-10)",
        "2025-03-10 | 2026-03-11 | Last MARAC referral or listing 2025-03-10, 366 days before the referral, outside the 12-month window, "
                + "which ended 2026-03-10; this is a new referral, not a repeat",
        "2026-11-01 | 2026-11-02 | Last MARAC referral or listing 2026-11-01, 1 day before the referral, within the 12-month window "
                + "(until 2027-11-01)",
        "NULL       | 2026-11-02 | No earlier MARAC referral or listing of this victim and perpetrator was given",
    })
    void repeatExplainsTheDaysSinceTheLastListingAndTheWindow(LocalDate listed, LocalDate referred,
            String explanation) {
        RiskResult result = score(new ReferralContext(referred, null, listed, null));

        assertEquals(explanation, result.explanations().get(ReferralRoute.REPEAT));
    }

    @Test
    void lastListingAfterTheReferralIsRejected() {
        RiskInputException e = assertThrows(RiskInputException.class, () -> new ReferralContext(
                LocalDate.of(2026, 11, 2), null, LocalDate.of(2026, 12, 1), null));

        assertEquals("lastMaracListing", e.field());
    }

    @Test
    void everyRouteCanBeMetAtOnce() {
        ReferralContext context = new ReferralContext(Sheets.REFERRAL, 3, LocalDate.of(2026, 3, 10),
                "Victim reports new threats since the last meeting");

        RiskResult result = Sheets.score(Sheets.firstYes("dash-24", 15, Answer.NO), context,
                RiskThresholds.defaults());

        assertEquals(EnumSet.allOf(ReferralRoute.class), result.routes());
        assertTrue(result.meetsReferralCriteria());
    }

    @Test
    void noRouteMetMeansNotReferable() {
        RiskResult result = score(ReferralContext.on(Sheets.REFERRAL));

        assertEquals(Set.of(), result.routes());
        assertFalse(result.meetsReferralCriteria());
        assertEquals(Set.of(ReferralRoute.values()), result.explanations().keySet());
    }

    @Test
    void repeatIsMetWhateverTheScore() {
        RiskResult result = Sheets.score(Sheets.firstYes("dash-24", 0, Answer.NO),
                new ReferralContext(Sheets.REFERRAL, 0, LocalDate.of(2026, 6, 1), null), RiskThresholds.defaults());

        assertEquals(Set.of(ReferralRoute.REPEAT), result.routes());
    }

    @ParameterizedTest(name = "{0} gives no visible-high-risk route")
    @CsvSource({"odara", "lap", "s-dash"})
    void visibleHighRiskAppliesOnlyToInstrumentsScoredAgainstTheMaracThreshold(String instrument) {
        RiskResult result = Sheets.score(Sheets.firstYes(instrument, 11, Answer.NO));

        assertFalse(result.meets(ReferralRoute.VISIBLE_HIGH_RISK));
        assertEquals("Visible high risk is judged on the DASH RIC score; " + instrument
                + " has no visible-high-risk threshold", result.explanations().get(ReferralRoute.VISIBLE_HIGH_RISK));
    }

    private static RiskResult score(ReferralContext context) {
        return Sheets.score(LOW_SCORE, context, RiskThresholds.defaults());
    }
}
