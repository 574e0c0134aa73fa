package org.maracdesk.casework.synthetic;

/** CLOSED: held before {@code today}; SCHEDULED: on or after {@code today}. */
public enum MeetingStatus { CLOSED, SCHEDULED }
