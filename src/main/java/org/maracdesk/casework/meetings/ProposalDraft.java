package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import org.maracdesk.casework.ActionTarget;

/**
 * What an agency proposes (or the meeting changes before agreeing): the action's type (Other when null), the
 * owner, whom it is for, what is to be done and by when.
 */
public record ProposalDraft(String typeCode, String owner, ActionTarget target, String description,
                            LocalDate dueDate) {
}
