package org.maracdesk.casework;

/** The part someone other than the victim plays in a referral. */
public enum PersonRole { PERPETRATOR, CHILD, OTHER_AT_RISK }
