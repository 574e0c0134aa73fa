package org.maracdesk.risk;

/** Everything needed to score: the instrument, the answers, the referral context and the thresholds. */
public record ScoreRequest(Instrument instrument, AnswerSheet answers, ReferralContext context,
        RiskThresholds thresholds, boolean thresholdsGiven) {
}
