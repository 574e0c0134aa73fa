package org.maracdesk.ui.actions;

import java.util.List;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.security.Role;

/**
 * What the Actions area offers a role (PermissionMatrix decides; the services check again).
 *
 * @param allAgencies sees every agency's actions (coordinator, chair)
 * @param canUpdate may change an action's status (their own agency's, or any for a coordinator)
 * @param lists the lists offered, first is shown first; empty for roles that see no actions
 */
public record ActionsAccess(boolean allAgencies, boolean canUpdate, List<ActionsList> lists) {

    /** May edit an agreed action's wording, agency, owner, target and due date, or remove it (coordinator). */
    public boolean canCorrect() {
        return allAgencies && canUpdate;
    }

    public static ActionsAccess of(Role role) {
        boolean any = PermissionMatrix.allows(role, Permission.UPDATE_ANY_ACTION);
        boolean own = PermissionMatrix.allows(role, Permission.UPDATE_OWN_AGENCY_ACTIONS);
        boolean meetings = PermissionMatrix.allows(role, Permission.RECORD_MINUTES)
                || PermissionMatrix.allows(role, Permission.MANAGE_MEETINGS);
        if (any || own) {
            return new ActionsAccess(any, true, List.of(ActionsList.values()));
        }
        if (meetings) {
            return new ActionsAccess(true, false, List.of(ActionsList.DUE_FOR_REVIEW));
        }
        return new ActionsAccess(false, false, List.of());
    }
}
