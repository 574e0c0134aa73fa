package org.maracdesk.casework;

/** A meeting is scheduled until the coordinator closes it. */
public enum MeetingStatus { SCHEDULED, CLOSED }
