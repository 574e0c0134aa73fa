package org.maracdesk.casework.actions;

import java.time.LocalDate;
import org.maracdesk.casework.ActionTarget;

/**
 * A correction of what was agreed: every part of the action as it should now read.
 *
 * @param expectedVersion the version the user saw; a different one means someone else changed it
 * @param reason why it changed; needed once the meeting that agreed it has closed (its minutes went out)
 * @param typeCode the action's type; null keeps the type (and details) it has
 * @param detailText the type's text detail (school, order), kept only when the type has one
 * @param detailDate the type's date detail, kept only when the type has one
 * @param namesChild whether this edit says which child the action is for; false keeps the child it names
 * @param childId the child of the case the action is for (its person id), or null for none; only with namesChild
 */
public record ActionEdit(long actionId, int expectedVersion, String agencyCode, String ownerName,
                         ActionTarget target, String description, LocalDate dueDate, String reason,
                         String typeCode, String detailText, LocalDate detailDate, boolean namesChild, Long childId) {

    /** A correction that leaves the child the action names as it is. */
    public ActionEdit(long actionId, int expectedVersion, String agencyCode, String ownerName, ActionTarget target,
                      String description, LocalDate dueDate, String reason, String typeCode, String detailText,
                      LocalDate detailDate) {
        this(actionId, expectedVersion, agencyCode, ownerName, target, description, dueDate, reason, typeCode,
                detailText, detailDate, false, null);
    }

    /** A correction that leaves the type and its details as they are. */
    public ActionEdit(long actionId, int expectedVersion, String agencyCode, String ownerName, ActionTarget target,
                      String description, LocalDate dueDate, String reason) {
        this(actionId, expectedVersion, agencyCode, ownerName, target, description, dueDate, reason, null, null,
                null);
    }
}
