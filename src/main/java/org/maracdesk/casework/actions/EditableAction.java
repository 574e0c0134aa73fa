package org.maracdesk.casework.actions;

import java.util.List;

/**
 * An action as the edit and remove dialogs start from.
 *
 * @param meetingOpen the meeting that agreed it is still running (no reason asked for a change)
 * @param removable it has no status updates and nothing continues it, so it can be removed
 * @param children the children of the action's case, one of whom the action can name (decision 0047)
 */
public record EditableAction(ActionRow action, boolean meetingOpen, boolean removable, List<ChildChoice> children) {

    public EditableAction(ActionRow action, boolean meetingOpen, boolean removable) {
        this(action, meetingOpen, removable, List.of());
    }

    /** A reason is asked for once the minutes that carried the action may have gone out. */
    public boolean reasonRequired() {
        return !meetingOpen;
    }
}
