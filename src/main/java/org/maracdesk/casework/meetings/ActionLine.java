package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;

/**
 * An action as the meeting view shows it; {@code carriedFrom} is the action it continues, if any;
 * {@code completedOn} the completion date recorded with its outcome; {@code typeCode} its action type,
 * {@code detailText}/{@code detailDate} the type's details.
 */
public record ActionLine(long id, long caseId, String caseReference, LocalDate agreedOn, String agencyCode,
                         String owner, ActionTarget target, String description, LocalDate dueDate,
                         ActionStatus status, String note, Long carriedFrom, int timesCarriedForward,
                         LocalDate completedOn, String typeCode, String detailText, LocalDate detailDate,
                         String targetChild) {
}
