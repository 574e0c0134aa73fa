package org.maracdesk.ui.actions;

/** The lists the Actions area can show. */
public enum ActionsList {
    OPEN("actions.view.open"),
    OVERDUE("actions.view.overdue"),
    DUE_FOR_REVIEW("actions.view.review");

    private final String messageKey;

    ActionsList(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The page of actions this list reads. */
    public org.maracdesk.casework.actions.ActionPage.Kind kind() {
        return switch (this) {
            case OPEN -> org.maracdesk.casework.actions.ActionPage.Kind.OPEN;
            case OVERDUE -> org.maracdesk.casework.actions.ActionPage.Kind.OVERDUE;
            case DUE_FOR_REVIEW -> org.maracdesk.casework.actions.ActionPage.Kind.DUE_FOR_REVIEW;
        };
    }
}
