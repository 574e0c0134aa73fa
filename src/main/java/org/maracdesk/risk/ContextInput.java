package org.maracdesk.risk;

/**
 * What a context file gives: the referral context and the MARAC's thresholds (defaults for keys left out).
 *
 * @param thresholdsGiven whether the file had a {@code thresholds} object
 */
public record ContextInput(ReferralContext context, RiskThresholds thresholds, boolean thresholdsGiven) {
    /** Thresholds not given in a file: the defaults. */
    public ContextInput(ReferralContext context, RiskThresholds thresholds) {
        this(context, thresholds, false);
    }
}
