package org.maracdesk.security;

import static org.maracdesk.security.Permission.BACKUP_RESTORE;
import static org.maracdesk.security.Permission.DECIDE_REFERRALS;
import static org.maracdesk.security.Permission.EXPORT_FULL_MINUTES;
import static org.maracdesk.security.Permission.EXPORT_IDVA_SUMMARY;
import static org.maracdesk.security.Permission.EXPORT_OWN_AGENCY_MINUTES;
import static org.maracdesk.security.Permission.IMPORT_REFERRALS;
import static org.maracdesk.security.Permission.MANAGE_ACCOUNTS;
import static org.maracdesk.security.Permission.MANAGE_MEETINGS;
import static org.maracdesk.security.Permission.MANAGE_RETENTION;
import static org.maracdesk.security.Permission.PRODUCE_DATA_RETURN;
import static org.maracdesk.security.Permission.RECORD_MINUTES;
import static org.maracdesk.security.Permission.UPDATE_ANY_ACTION;
import static org.maracdesk.security.Permission.UPDATE_OWN_AGENCY_ACTIONS;
import static org.maracdesk.security.Permission.VERIFY_AUDIT;
import static org.maracdesk.security.Permission.VIEW_AGENCY_REQUESTED_CASES;
import static org.maracdesk.security.Permission.VIEW_AGENDA_CASES;
import static org.maracdesk.security.Permission.VIEW_ALL_CASES;
import static org.maracdesk.security.Permission.VIEW_AUDIT;
import static org.maracdesk.security.Permission.VIEW_IDVA_CASELOAD;
import static org.maracdesk.security.Permission.WRITE_OWN_AGENCY_RESEARCH;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what: the one place it is written down (the README's table is checked against
 * it by a test). Services call {@link #require}; hiding a button is never the control.
 */
public final class PermissionMatrix {
    private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);

    static {
        GRANTS.put(Role.COORDINATOR, EnumSet.of(VIEW_ALL_CASES, VIEW_AGENDA_CASES, IMPORT_REFERRALS,
                DECIDE_REFERRALS, MANAGE_MEETINGS, RECORD_MINUTES, UPDATE_ANY_ACTION, EXPORT_FULL_MINUTES,
                EXPORT_OWN_AGENCY_MINUTES, EXPORT_IDVA_SUMMARY, PRODUCE_DATA_RETURN, VIEW_AUDIT, VERIFY_AUDIT,
                BACKUP_RESTORE));
        GRANTS.put(Role.CHAIR, EnumSet.of(VIEW_AGENDA_CASES, RECORD_MINUTES));
        GRANTS.put(Role.AGENCY_REPRESENTATIVE, EnumSet.of(VIEW_AGENCY_REQUESTED_CASES, WRITE_OWN_AGENCY_RESEARCH,
                UPDATE_OWN_AGENCY_ACTIONS, EXPORT_OWN_AGENCY_MINUTES));
        GRANTS.put(Role.IDVA, EnumSet.of(VIEW_IDVA_CASELOAD, WRITE_OWN_AGENCY_RESEARCH, UPDATE_OWN_AGENCY_ACTIONS,
                EXPORT_OWN_AGENCY_MINUTES, EXPORT_IDVA_SUMMARY));
        GRANTS.put(Role.ADMINISTRATOR, EnumSet.of(MANAGE_ACCOUNTS, VIEW_AUDIT, VERIFY_AUDIT,
                MANAGE_RETENTION, BACKUP_RESTORE));
    }

    private PermissionMatrix() {
    }

    public static boolean allows(Role role, Permission permission) {
        return GRANTS.getOrDefault(role, Set.of()).contains(permission);
    }

    /** @throws NotPermittedException when the account's role does not have the permission */
    public static void require(AccountInfo who, Permission permission) {
        if (who == null || !allows(who.role(), permission)) {
            throw new NotPermittedException(who == null ? null : who.role(), permission);
        }
    }
}
