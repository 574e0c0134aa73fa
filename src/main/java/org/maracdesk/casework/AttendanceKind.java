package org.maracdesk.casework;

/** Who signed in at a meeting: an agency attendee, an observer, or an agency sending apologies. */
public enum AttendanceKind { ATTENDEE, OBSERVER, APOLOGY }
