package org.maracdesk.ui.actions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;

/** Message keys and date format for actions (literal keys, so the consistency test sees them). */
public final class ActionLabels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private ActionLabels() {
    }

    public static String stateKey(ActionStatus status) {
        return switch (status) {
            case OPEN -> "actions.state.OPEN";
            case DONE -> "actions.state.DONE";
            case NOT_POSSIBLE -> "actions.state.NOT_POSSIBLE";
            case NOT_DONE -> "actions.state.NOT_DONE";
        };
    }

    public static String targetKey(ActionTarget target) {
        return switch (target) {
            case VICTIM -> "actions.target.VICTIM";
            case CHILD -> "actions.target.CHILD";
            case PERPETRATOR -> "actions.target.PERPETRATOR";
            case OTHER -> "actions.target.OTHER";
        };
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
