package org.maracdesk.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StalkingScreenTest {

    @ParameterizedTest(name = "S-DASH {0} yes → score {0}, flag {1}")
    @CsvSource({"0, false", "1, true", "6, true", "11, true"})
    void scoreIsTheCountAndAnyYesRaisesTheStalkingFlag(int yes, boolean flagged) {
        RiskResult result = Sheets.score(Sheets.firstYes("s-dash", yes, Answer.NO));

        assertEquals(yes, result.score());
        assertEquals(flagged, result.rule("stalking-flags").orElseThrow().fired());
    }

    @Test
    void noNumericCutOffIsInventedButTheGuidanceTravelsWithTheResult() {
        RiskResult result = Sheets.score(Sheets.firstYes("s-dash", 11, Answer.NO));

        assertTrue(result.band().isEmpty());
        assertTrue(result.screenedIn().isEmpty());
        assertTrue(result.guidance().contains("No numeric cut-off is published"), result.guidance());
    }
}
