package org.maracdesk.casework;

/** Where a case is in the MARAC cycle. */
public enum CaseStatus { OPEN, CLOSED }
