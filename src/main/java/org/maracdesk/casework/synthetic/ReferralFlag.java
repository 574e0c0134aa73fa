package org.maracdesk.casework.synthetic;

/** Circumstances a coordinator flags on a referral. */
public enum ReferralFlag {
    /** Pets in the household (refuge planning; DASH q19 can only be "yes" when set). */
    PETS,
    NO_RECOURSE_TO_PUBLIC_FUNDS,
    TECH_FACILITATED_ABUSE,
    COUNTER_ALLEGATION,
    /** Child/adolescent-to-parent violence: the perpetrator is the victim's child aged 16-17. */
    CAPVA,
    RURAL,
    /** The victim moved in from another MARAC area. */
    TRANSFER_IN
}
