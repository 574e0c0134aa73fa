package org.maracdesk.casework.actions;

import java.time.LocalDate;
import org.maracdesk.casework.ActionStatus;

/**
 * A status update: done (with the completion date), not possible because circumstances changed
 * or not done (each with a note saying why), or open again.
 *
 * @param expectedVersion the version the user saw; a different one means someone else changed it
 */
public record ActionChange(long actionId, int expectedVersion, ActionStatus status, LocalDate completedOn,
                           String note) {
}
