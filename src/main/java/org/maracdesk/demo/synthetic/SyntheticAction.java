package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.util.Objects;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.Agency;

/**
 * An action agreed at a closed meeting. {@code completedOn} is set only when {@code status} is DONE;
 * {@code note} may be null.
 */
public record SyntheticAction(int referralIndex, int meetingIndex, Agency agency, String ownerName,
                              ActionTarget target, String description, LocalDate dueDate, ActionStatus status,
                              LocalDate completedOn, String note) {
    public SyntheticAction {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(ownerName, "ownerName");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(status, "status");
        if ((status == ActionStatus.DONE) != (completedOn != null)) {
            throw new IllegalArgumentException("completedOn is required for DONE and only for DONE");
        }
    }

    /** Open and past its due date on {@code date}. */
    public boolean isOverdueOn(LocalDate date) {
        return status == ActionStatus.OPEN && dueDate.isBefore(date);
    }
}
