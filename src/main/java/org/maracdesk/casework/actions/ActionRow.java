package org.maracdesk.casework.actions;

import java.time.LocalDate;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;

/**
 * One action as lists and exports show it. {@code version} guards against lost updates;
 * {@code agencyName} is the agency's name from the vault's agency list (its code if not listed);
 * {@code typeCode}/{@code typeName} the action's type, {@code detailText}/{@code detailDate} its type-specific
 * details (null when the type has none); {@code targetChild} the name of the child the action is for, when
 * one is named (decision 0047), {@code targetChildId} that child's person id.
 */
public record ActionRow(long id, long caseId, String caseReference, LocalDate meetingDate, String agencyCode,
                        String ownerName, ActionTarget target, String description, LocalDate dueDate,
                        ActionStatus status, LocalDate completedOn, String note, int version, String agencyName,
                        String typeCode, String typeName, String detailText, LocalDate detailDate,
                        String targetChild, Long targetChildId) {

    public boolean overdueOn(LocalDate day) {
        return status == ActionStatus.OPEN && dueDate != null && dueDate.isBefore(day);
    }
}
