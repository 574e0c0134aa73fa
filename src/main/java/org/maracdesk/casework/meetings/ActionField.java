package org.maracdesk.casework.meetings;

/** The parts of an action agreed at the meeting, each saved on its own as it is typed. */
public enum ActionField {
    AGENCY, OWNER, TARGET, DESCRIPTION, DUE_DATE,
    /** The action type's code (issue 16); the details a new type does not have are cleared. */
    TYPE,
    /** The type's text detail: the school told, the order made. */
    TYPE_DETAIL,
    /** The type's date detail, YYYY-MM-DD. */
    TYPE_DATE
}
