package org.maracdesk.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OdaraNormTest {

    @ParameterizedTest(name = "ODARA score {0} → range {1}, {2}% reoffended, {3}% lower, {4}% higher")
    @CsvSource({
        "0,  0,    5,  0, 89",
        "1,  1,    10, 11, 73",
        "2,  2,    20, 27, 52",
        "3,  3,    27, 48, 33",
        "4,  4,    41, 67, 20",
        "5,  5–6,  59, 80, 7",
        "6,  5–6,  59, 80, 7",
        "7,  7–13, 70, 93, 0",
        "13, 7–13, 70, 93, 0",
    })
    void scoreIsTheCountOfYesItemsLookedUpInThePublishedNorms(int yes, String range, int recidivism, int lower,
            int higher) {
        RiskResult result = Sheets.score(Sheets.firstYes("odara", yes, Answer.NO));

        NormResult norm = result.norm().orElseThrow();
        assertEquals(yes, result.score());
        assertEquals(range, norm.row().range());
        assertEquals(recidivism, norm.row().recidivismPercent());
        assertEquals(lower, norm.row().lowerPercent());
        assertEquals(higher, norm.row().higherPercent());
        assertEquals(0, norm.unscoredItems());
    }

    @ParameterizedTest(name = "{0} yes, rest {1} → {2} unscored, norm range {3}")
    @CsvSource({"3, DONT_KNOW, 10, 3", "4, NOT_ASKED, 9, 4", "5, NO, 0, 5–6"})
    void unknownItemsAreCountedAsUnscoredAndNotProrated(int yes, Answer rest, int unscored, String range) {
        RiskResult result = Sheets.score(Sheets.firstYes("odara", yes, rest));

        assertEquals(unscored, result.norm().orElseThrow().unscoredItems());
        assertEquals(range, result.norm().orElseThrow().row().range());
    }

    @Test
    void odaraHasNormsInsteadOfBandsAndNamesItsNormVersion() {
        RiskResult result = Sheets.score(Sheets.firstYes("odara", 2, Answer.NO));

        assertTrue(result.band().isEmpty());
        assertEquals(13, result.maxScore());
        assertEquals("Hilton et al. 2004, published norms", result.norm().orElseThrow().version());
    }
}
