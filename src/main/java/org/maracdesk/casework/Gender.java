package org.maracdesk.casework;

/** Recorded gender; {@link #NOT_KNOWN} when the referrer did not say. */
public enum Gender { FEMALE, MALE, NON_BINARY, NOT_KNOWN }
