package org.maracdesk.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code {"referralDate":"2026-11-02","policeIncidentsLast12Months":3,"lastMaracReferral":"2026-03-10",
 * "professionalJudgement":"…","thresholds":{"visibleHighRisk":17,"mediumFrom":10,"escalationIncidents":3,
 * "repeatWindowMonths":12}}}. Every key is optional; {@code referralDate} defaults to today.
 * {@code lastMaracReferral} is the date of the pair's last MARAC referral (SafeLives counts a repeat
 * from it); the older {@code lastMaracListing} is still read, and when both are given the later counts.
 */
final class ContextFileReader {
    private static final List<String> KEYS = List.of("referralDate", "policeIncidentsLast12Months",
            "lastMaracReferral", "lastMaracListing", "professionalJudgement", "thresholds");
    private static final List<String> THRESHOLD_KEYS =
            List.of("visibleHighRisk", "mediumFrom", "escalationIncidents", "repeatWindowMonths");

    /** @param root the file's object with path {@code context} */
    ContextInput read(JsonObject root, LocalDate today) {
        root.allowOnly(KEYS);
        RiskThresholds thresholds = root.optObject("thresholds").map(this::thresholds)
                .orElseGet(RiskThresholds::defaults);
        Optional<Integer> incidents = root.optInt("policeIncidentsLast12Months");
        try {
            LocalDate referred = root.optDate("referralDate").orElse(today);
            LocalDate lastReferral = root.optDate("lastMaracReferral").orElse(null);
            if (lastReferral != null && lastReferral.isAfter(referred)) {
                throw new RiskInputException("lastMaracReferral", lastReferral + " is after the referral date "
                        + referred + "; give the last MARAC referral before this one");
            }
            LocalDate listed = root.optDate("lastMaracListing").orElse(null);
            LocalDate last = listed == null || lastReferral != null && lastReferral.isAfter(listed) ? lastReferral
                    : listed;
            ReferralContext context = new ReferralContext(referred,
                    incidents.orElse(null), last,
                    root.optText("professionalJudgement").orElse(null));
            return new ContextInput(context, thresholds, root.optObject("thresholds").isPresent());
        } catch (RiskInputException e) {
            throw e.under(root.path());
        }
    }

    private RiskThresholds thresholds(JsonObject o) {
        o.allowOnly(THRESHOLD_KEYS);
        try {
            return new RiskThresholds(
                    o.optInt("visibleHighRisk").orElse(RiskThresholds.DEFAULT_VISIBLE_HIGH_RISK),
                    o.optInt("mediumFrom").orElse(RiskThresholds.DEFAULT_MEDIUM_FROM),
                    o.optInt("escalationIncidents").orElse(RiskThresholds.DEFAULT_ESCALATION_INCIDENTS),
                    o.optInt("repeatWindowMonths").orElse(RiskThresholds.DEFAULT_REPEAT_WINDOW_MONTHS));
        } catch (RiskInputException e) {
            throw e.under("context");
        }
    }
}
