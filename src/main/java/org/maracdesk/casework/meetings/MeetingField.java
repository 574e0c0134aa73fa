package org.maracdesk.casework.meetings;

/** Meeting-level text: the chair, cases past 12 months noted, any other business. */
public enum MeetingField { CHAIR, LAPSE_NOTE, ANY_OTHER_BUSINESS }
