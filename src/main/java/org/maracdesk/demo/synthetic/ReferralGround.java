package org.maracdesk.demo.synthetic;

/** The four routes to MARAC (MARAC.md 2.2); derived from a referral by {@link SyntheticReferral#grounds()}. */
public enum ReferralGround { VISIBLE_HIGH_RISK, PROFESSIONAL_JUDGEMENT, POTENTIAL_ESCALATION, REPEAT }
