package org.maracdesk.casework.meetings;

/** The parts of an action agreed at the meeting, each saved on its own as it is typed. */
public enum ActionField { AGENCY, OWNER, TARGET, DESCRIPTION, DUE_DATE }
