package org.maracdesk.casework;

/** Circumstances flagged on a referral, counted in the data return (MARAC.md §2.3, §2.11). */
public enum ReferralFlag {
    /** Pets in the household (refuge planning). */
    PETS,
    /** No recourse to public funds. */
    NO_RECOURSE_TO_PUBLIC_FUNDS,
    TECH_FACILITATED_ABUSE,
    /** The perpetrator has made a counter-allegation. */
    COUNTER_ALLEGATION,
    /** Child or adolescent to parent violence. */
    CAPVA,
    RURAL
}
