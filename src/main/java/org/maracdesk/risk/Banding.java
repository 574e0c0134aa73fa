package org.maracdesk.risk;

import java.util.List;

/** Where an instrument's bands come from. */
public sealed interface Banding {

    /**
     * Bands from the MARAC's {@link RiskThresholds} (standard / medium / high); the score is also
     * checked against the visible-high-risk threshold. JSON: {@code "bands": "marac"}.
     */
    record Marac() implements Banding {
    }

    /** A fixed band table from the instrument file. JSON: {@code "bands": [{"id":…,"min":…,"max":…}]}. */
    record Fixed(List<Band> bands) implements Banding {
        public Fixed {
            bands = List.copyOf(bands);
        }
    }

    /**
     * The band is the grading a police officer gives by judgement (standard / medium / high), as police grade the
     * DASH-27; the number of ticks is reported as information, not compared with the MARAC's threshold. Visible high
     * risk is met when the officer grades the risk high. JSON: {@code "bands": "officer"}.
     */
    record Officer() implements Banding {
    }

    /** No bands (ODARA reports its norm instead, LAP a screen-in). JSON: no {@code bands} key. */
    record None() implements Banding {
    }
}
