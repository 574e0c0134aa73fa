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
}
