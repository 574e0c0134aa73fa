package org.maracdesk.risk;

import java.util.List;

/**
 * A MARAC's own thresholds (MARAC.md §1.4, §2.2). Bands follow the threshold: standard
 * 0..mediumFrom−1, medium mediumFrom..visibleHighRisk−1, high visibleHighRisk+. With the defaults:
 * 0–9, 10–13, 14+; with a threshold of 17: 0–9, 10–16, 17+.
 *
 * @param visibleHighRisk DASH score at or above which the case is visible high risk (14; some areas 17)
 * @param mediumFrom the lowest score of the medium band (10)
 * @param escalationIncidents police-reported incidents in 12 months that meet potential escalation (3)
 * @param repeatWindowMonths months after the last listing within which a referral is a repeat (12)
 * @throws RiskInputException naming {@code thresholds.<field>} when a value is out of range
 */
public record RiskThresholds(int visibleHighRisk, int mediumFrom, int escalationIncidents, int repeatWindowMonths) {
    public static final int DEFAULT_VISIBLE_HIGH_RISK = 14;
    public static final int DEFAULT_MEDIUM_FROM = 10;
    public static final int DEFAULT_ESCALATION_INCIDENTS = 3;
    public static final int DEFAULT_REPEAT_WINDOW_MONTHS = 12;

    public RiskThresholds {
        atLeast("mediumFrom", mediumFrom, 1);
        atLeast("escalationIncidents", escalationIncidents, 1);
        atLeast("repeatWindowMonths", repeatWindowMonths, 1);
        if (repeatWindowMonths > 120) {
            throw new RiskInputException("thresholds.repeatWindowMonths",
                    repeatWindowMonths + " is too long; use 1 to 120 months");
        }
        if (visibleHighRisk <= mediumFrom) {
            throw new RiskInputException("thresholds.visibleHighRisk", visibleHighRisk
                    + " must be above the start of the medium band (thresholds.mediumFrom = " + mediumFrom + ")");
        }
    }

    /** 14, 10, 3 incidents, 12 months. */
    public static RiskThresholds defaults() {
        return new RiskThresholds(DEFAULT_VISIBLE_HIGH_RISK, DEFAULT_MEDIUM_FROM, DEFAULT_ESCALATION_INCIDENTS,
                DEFAULT_REPEAT_WINDOW_MONTHS);
    }

    /** The same thresholds with another visible-high-risk threshold; the high band starts there. */
    public RiskThresholds withVisibleHighRisk(int threshold) {
        return new RiskThresholds(threshold, mediumFrom, escalationIncidents, repeatWindowMonths);
    }

    /** Standard, medium and high, in that order. */
    public List<Band> bands() {
        return List.of(new Band("standard", 0, mediumFrom - 1),
                new Band("medium", mediumFrom, visibleHighRisk - 1),
                new Band("high", visibleHighRisk, null));
    }

    private static void atLeast(String field, int value, int min) {
        if (value < min) {
            throw new RiskInputException("thresholds." + field, value + " is not allowed; use a whole number of "
                    + min + " or more");
        }
    }
}
