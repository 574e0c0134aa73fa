package org.maracdesk.risk;

/** The four grounds for referring a case to MARAC (MARAC.md §2.2). */
public enum ReferralRoute {
    /** The DASH score is at or above the MARAC's threshold (14 by default). */
    VISIBLE_HIGH_RISK,
    /** The referrer chose professional judgement and wrote why. */
    PROFESSIONAL_JUDGEMENT,
    /** Enough police-reported incidents in the last 12 months (3 by default). */
    POTENTIAL_ESCALATION,
    /** A new referral within the repeat window (12 months unless the MARAC sets another) of the pair's last MARAC referral (SafeLives). */
    REPEAT
}
