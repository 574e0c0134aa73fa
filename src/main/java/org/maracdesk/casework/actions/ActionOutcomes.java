package org.maracdesk.casework.actions;

import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.Session;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionUpdate;

/**
 * The one way an action's outcome changes, whether on the Actions screen or in a meeting's review
 * of outstanding actions: the same checks, and a history line ({@code action_update}) for each change.
 */
public final class ActionOutcomes {
    static final int NOTE_MAX = 4000;

    private ActionOutcomes() {
    }

    /** The note as it will be kept (stripped, null when blank); refuses what cannot be recorded. */
    public static String check(ActionStatus status, LocalDate completedOn, String note, LocalDate today) {
        if (status == null) {
            throw new IllegalArgumentException("status: choose open, done, not possible or not done");
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > NOTE_MAX) {
            throw new IllegalArgumentException("note: at most " + NOTE_MAX + " characters");
        }
        if (status == ActionStatus.DONE && completedOn == null) {
            throw new IllegalArgumentException("completion date: needed when an action is done");
        }
        if (completedOn != null && completedOn.isAfter(today)) {
            throw new IllegalArgumentException("completion date: cannot be in the future");
        }
        if ((status == ActionStatus.NOT_POSSIBLE || status == ActionStatus.NOT_DONE) && kept == null) {
            throw new IllegalArgumentException("note: say why the action was not possible or not done");
        }
        return kept;
    }

    /**
     * Sets the outcome and writes its history line; returns false (and writes nothing) when the
     * action already has exactly this outcome.
     */
    public static boolean record(Session s, ActionItem item, ActionStatus status, LocalDate completedOn, String note,
                                 String by, Instant at) {
        LocalDate completed = status == ActionStatus.OPEN ? null : completedOn;
        ActionStatus before = item.getStatus();
        if (before == status && java.util.Objects.equals(item.getCompletedOn(), completed)
                && java.util.Objects.equals(item.getNote(), note)) {
            return false;
        }
        item.setOutcome(status, completed, note);
        s.persist(new ActionUpdate(item.getId(), at, by, before, status, completed, note));
        return true;
    }
}
