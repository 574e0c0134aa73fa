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

    /** The list's status line: how many actions and how many overdue, or which of them a page shows. */
    static String pageStatus(org.maracdesk.ui.common.Messages messages, org.maracdesk.casework.actions.ActionPage page) {
        if (page.offset() == 0 && page.rows().size() >= page.total()) {
            return messages.format("actions.status.loaded", page.total(), page.overdue());
        }
        return messages.format("actions.status.paged", page.rows().isEmpty() ? 0 : page.offset() + 1,
                page.offset() + page.rows().size(), page.total(), page.overdue());
    }
}
