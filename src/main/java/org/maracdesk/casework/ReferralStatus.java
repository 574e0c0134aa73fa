package org.maracdesk.casework;

/**
 * The coordinator's decision on a referral. Only an accepted referral creates or joins a case;
 * Idva-only and declined referrals carry the reason for the decision.
 */
public enum ReferralStatus {
    DRAFT, ACCEPTED, IDVA_ONLY, DECLINED;

    /** True when the decision needs a written reason (Idva only, declined). */
    public boolean needsReason() {
        return this == IDVA_ONLY || this == DECLINED;
    }
}
