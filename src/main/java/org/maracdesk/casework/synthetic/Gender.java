package org.maracdesk.casework.synthetic;

/** Recorded gender. */
public enum Gender { FEMALE, MALE, NON_BINARY }
