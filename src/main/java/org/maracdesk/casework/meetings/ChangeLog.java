package org.maracdesk.casework.meetings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hibernate.Session;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.store.StoreProvider;

/** Appends CHANGED entries to the audit chain in the caller's transaction: who, what, a digest, never values. */
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

    static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update((p == null ? "\u0000" : p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
