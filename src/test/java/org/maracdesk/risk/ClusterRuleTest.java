package org.maracdesk.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterRuleTest {

    @ParameterizedTest(name = "{0}: yes to {1} → cluster fired {2}")
    @CsvSource({
        "dash-24, q6;q12;q15,           true",
        "dash-24, q6;q12;q1,            true",
        "dash-24, q6;q12;q13;q16,       true",
        "dash-24, q6;q12,               false",
        "dash-24, q12;q1;q13;q15;q16,   false",
        "dash-24, q6;q1;q15,            false",
        "dash-24, q6;q4;q8;q15,         false",
        "dash-24, '',                   false",
        "dash-27, q6;q15;q18,           true",
        "dash-27, q6;q15;q19,           true",
        "dash-27, q6;q12;q15,           false",
        "dash-27, q6;q15;q13,           false",
    })
    void clusterOfThreeFiresOnlyWhenSeparationControlAndViolenceAreAllPresent(String instrument, String yes,
            boolean fired) {
        RiskResult result = Sheets.score(Sheets.yesTo(instrument, yes));

        assertEquals(fired, result.cluster().orElseThrow().fired());
    }

    @ParameterizedTest(name = "{0}: separation {1}, control {2}, violence {3}")
    @CsvSource({
        "dash-24, q6, q12, q1;q13;q15;q16",
        "dash-27, q6, q15, q1;q16;q18;q19",
    })
    void clusterNamesTheItemsThatMakeUpEachPart(String instrument, String separation, String control,
            String violence) {
        RuleOutcome.Cluster cluster = Sheets.score(Sheets.yesTo(instrument, "")).cluster().orElseThrow();

        assertEquals(List.of("separation", "coercive-control", "violence"),
                cluster.parts().stream().map(RuleOutcome.PartOutcome::id).toList());
        assertEquals(Sheets.items(separation), cluster.parts().get(0).items());
        assertEquals(Sheets.items(control), cluster.parts().get(1).items());
        assertEquals(Sheets.items(violence), cluster.parts().get(2).items());
    }

    @ParameterizedTest(name = "yes to {0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "q6;q12;q15;q16 | Every part is present: separation (q6), coercive-control (q12), violence (q15 and q16)",
        "q6;q15         | Not every part is present: coercive-control is missing (none of q12 is yes)",
        "q12            | Not every part is present: separation is missing (none of q6 is yes); "
                + "violence is missing (none of q1, q13, q15 or q16 is yes)",
    })
    void clusterExplainsWhichPartsArePresentOrMissing(String yes, String explanation) {
        RuleOutcome.Cluster cluster = Sheets.score(Sheets.yesTo("dash-24", yes)).cluster().orElseThrow();

        assertEquals(explanation, cluster.explanation());
    }
}
