package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import org.maracdesk.casework.ActionTarget;

/**
 * An action an agency proposed before the meeting; {@code agreedActionId} once the meeting agreed it;
 * {@code typeCode} the proposed action type (Other when proposed before types).
 */
public record ProposalLine(long id, String agencyCode, String owner, ActionTarget target, String description,
                           LocalDate dueDate, Long agreedActionId, String typeCode) {
}
