package org.maracdesk.casework.synthetic;

/** The part a person plays in a referral. */
public enum PersonRole { VICTIM, PERPETRATOR, CHILD, OTHER_AT_RISK }
