package org.maracdesk.casework.meetings;

/** The free-text parts of the meeting's record of one case, each saved on its own as it is typed. */
public enum CaseField {
    RISKS_TO_VICTIM, RISKS_TO_CHILDREN, RISKS_TO_OTHERS, RISKS_FROM_PERPETRATOR, SAFETY_PLAN, CRIMES_DISCLOSED, NOTES
}
