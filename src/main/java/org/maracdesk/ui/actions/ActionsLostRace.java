package org.maracdesk.ui.actions;

import java.time.LocalDate;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.ui.common.LostRace;
import org.maracdesk.ui.common.LostRaceChoice;
import org.maracdesk.ui.common.Messages;

/**
 * The Actions screen after an update lost the race (decision 0051): what the user had in the update form, and the
 * Reload / Re-apply choice. Re-apply reads the list again, chooses the same action (its newest version) and puts
 * back the status and date the user changed and the note they typed; nothing is saved until they update again.
 */
final class ActionsLostRace {
    private final LostRaceChoice choice = new LostRaceChoice();

    /** The form as the user left it, and the status and date it showed when they chose the action. */
    record Mine(long actionId, ActionStatus shownStatus, LocalDate shownDate, ActionStatus status, LocalDate date,
                String note) {
    }

    /** The status and date the form shows for {@code row} when it is chosen (an open action: done, today). */
    static ActionStatus shownStatus(ActionRow row) {
        return row.status() == ActionStatus.OPEN ? ActionStatus.DONE : row.status();
    }

    static LocalDate shownDate(ActionRow row, LocalDate today) {
        return row.completedOn() != null ? row.completedOn() : today;
    }

    LostRaceChoice choice() {
        return choice;
    }

    /** Offers the choice for {@code lost}; {@code reload} and {@code reapply} read the list again. */
    void offer(Messages messages, Throwable lost, Runnable reload, Runnable reapply) {
        choice.offer(LostRace.explain(messages, lost, "lostrace.record.action", "actions.update.lost",
                java.time.ZoneId.systemDefault()), reload, reapply);
    }

    /**
     * Puts {@code mine} back on the form once the list was read again; says so, or that the action is no longer on
     * this list (another desk closed it, say), in which case nothing is put back.
     */
    static String putBack(Mine mine, ActionRow chosen, ActionsViewModel form, Messages messages) {
        if (chosen == null || chosen.id() != mine.actionId()) {
            return messages.get("actions.update.reapplyGone");
        }
        if (mine.status() != mine.shownStatus()) {
            form.statusProperty().set(mine.status());
        }
        if (!java.util.Objects.equals(mine.date(), mine.shownDate())) {
            form.completedOnProperty().set(mine.date());
        }
        form.noteProperty().set(mine.note());
        return messages.get("actions.update.reapplied");
    }
}
