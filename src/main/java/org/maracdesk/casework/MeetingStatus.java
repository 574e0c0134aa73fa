package org.maracdesk.casework;

/** A meeting is scheduled until the coordinator closes it, or cancels it (it is then never held). */
public enum MeetingStatus { SCHEDULED, CLOSED, CANCELLED }
