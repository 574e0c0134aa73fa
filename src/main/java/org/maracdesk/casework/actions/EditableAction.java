package org.maracdesk.casework.actions;

/**
 * An action as the edit and remove dialogs start from.
 *
 * @param meetingOpen the meeting that agreed it is still running (no reason asked for a change)
 * @param removable it has no status updates and nothing continues it, so it can be removed
 */
public record EditableAction(ActionRow action, boolean meetingOpen, boolean removable) {

    /** A reason is asked for once the minutes that carried the action may have gone out. */
    public boolean reasonRequired() {
        return !meetingOpen;
    }
}
