package org.maracdesk.casework.meetings;

import org.hibernate.Session;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.store.StoreProvider;

/**
 * Appends CHANGED entries to the audit chain in the caller's transaction: who, what, and a
 * keyed digest ({@link AuditDigest}), never values.
 */
final class ChangeLog {
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;

    ChangeLog(StoreProvider stores, CurrentUser users, AuditLog audit) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
    }

    void changed(Session session, String entityType, Object entityId, String... parts) {
        audit.append(stores.store(), session, users.current().username(), AuditAction.CHANGED, entityType,
                String.valueOf(entityId), digest(parts));
    }

    /** The keyed digest of the parts; null parts are told apart from empty ones. */
    String digest(String... parts) {
        String[] values = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parts[i] == null ? "\u0000" : parts[i];
        }
        return AuditDigest.of(stores.store(), values);
    }
}
