package org.maracdesk.casework.actions;

import java.time.LocalDate;
import org.maracdesk.casework.ActionTarget;

/**
 * A correction of what was agreed: every part of the action as it should now read.
 *
 * @param expectedVersion the version the user saw; a different one means someone else changed it
 * @param reason why it changed; needed once the meeting that agreed it has closed (its minutes went out)
 */
public record ActionEdit(long actionId, int expectedVersion, String agencyCode, String ownerName,
                         ActionTarget target, String description, LocalDate dueDate, String reason) {
}
