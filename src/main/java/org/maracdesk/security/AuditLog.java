package org.maracdesk.security;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;
import org.maracdesk.common.Secrets;
import org.maracdesk.store.Store;

/**
 * Appends to the audit chain inside the caller's transaction, so an action and its audit
 * entry are saved together or not at all.
 */
public final class AuditLog {
    static final String KEY_PURPOSE = "audit-chain";
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void append(Store store, String actor, AuditAction action, String entityType, String entityId,
                       String detailDigest) {
        store.doInTransaction(session -> append(store, session, actor, action, entityType, entityId, detailDigest));
    }

    public void append(Store store, Session session, String actor, AuditAction action, String entityType,
                       String entityId, String detailDigest) {
        AuditEntry last = session.createSelectionQuery("from AuditEntry e order by e.seq desc", AuditEntry.class)
                .setMaxResults(1).setLockMode(LockModeType.PESSIMISTIC_WRITE).uniqueResult();
        long seq = last == null ? 1 : last.seq() + 1;
        String prev = last == null ? AuditChain.GENESIS : last.mac();
        byte[] key = store.keys().deriveStable(KEY_PURPOSE);
        try {
            session.persist(new AuditEntry(AuditChain.seal(key, seq, clock.instant().truncatedTo(ChronoUnit.MICROS),
                    actor, action, entityType, entityId, detailDigest, prev)));
        } finally {
            Secrets.wipe(key);
        }
    }
}
