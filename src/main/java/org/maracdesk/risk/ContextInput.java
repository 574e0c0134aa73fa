package org.maracdesk.risk;

/** What a context file gives: the referral context and the MARAC's thresholds (defaults for keys left out). */
public record ContextInput(ReferralContext context, RiskThresholds thresholds) {
}
