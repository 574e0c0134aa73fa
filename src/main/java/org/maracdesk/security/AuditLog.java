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
    /** The chain's head, newest first; every append in a vault reads it. */
    static final String HEAD = "from AuditEntry e order by e.seq desc";
    static final String HEAD_SEQ = "select max(e.seq) from AuditEntry e";
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** The application's one clock, which stamps the entries: for a service's own records made with them. */
    public Clock clock() {
        return clock;
    }

    public void append(Store store, String actor, AuditAction action, String entityType, String entityId,
                       String detailDigest) {
        store.doInTransaction(session -> append(store, session, actor, action, entityType, entityId, detailDigest));
    }

    public void append(Store store, Session session, String actor, AuditAction action, String entityType,
                       String entityId, String detailDigest) {
        if (store.auditSealedByServer()) {
            appendOnServer(session, actor, action, entityType, entityId, detailDigest);
            return;
        }
        AuditEntry last = lastEntry(store, session);
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

    /**
     * A signed-in account on a shared server: the server's {@code marac_audit_append} reads the head under
     * the same advisory lock, seals the entry with a key no account can read and inserts it, in this
     * transaction (decision 0031). The time is this application's clock, as everywhere else.
     */
    private void appendOnServer(Session session, String actor, AuditAction action, String entityType,
                                String entityId, String detailDigest) {
        // The change itself first: its row locks and version checks are taken before the chain's lock, which is
        // then held only for the append and the commit (not while this desk waits for another's row, which
        // itself waits for the chain: a deadlock).
        session.flush();
        session.doWork(c -> appendOnServer(c, actor, action, entityType, entityId, detailDigest));
    }

    /** The same on a plain connection, in its open transaction (changing one's own passphrase on a server). */
    void appendOnServer(java.sql.Connection c, String actor, AuditAction action, String entityType,
                        String entityId, String detailDigest) throws java.sql.SQLException {
        java.time.OffsetDateTime at = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(java.time.ZoneOffset.UTC);
        try (java.sql.PreparedStatement ps = c.prepareStatement("select marac_audit_append(?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, actor);
            ps.setString(2, action.name());
            ps.setString(3, entityType);
            ps.setString(4, entityId);
            ps.setString(5, detailDigest);
            ps.setObject(6, at);
            ps.execute();
        }
    }

    /**
     * The chain's head, locked against a concurrent append. On PostgreSQL by a transaction-level advisory
     * lock: {@code SELECT ... FOR UPDATE} needs the UPDATE privilege, which no account has on the audit
     * trail (decision 0024).
     */
    private static AuditEntry lastEntry(Store store, Session session) {
        var query = session.createSelectionQuery(HEAD, AuditEntry.class)
                .setMaxResults(1);
        if (store.kind() == org.maracdesk.store.StoreKind.POSTGRESQL) {
            session.doWork(c -> {
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("select pg_advisory_xact_lock(" + APPEND_LOCK + ")");
                }
            });
            return query.uniqueResult();
        }
        // In a vault: lock the head row. A transaction that waited for the lock gets the row it asked for
        // before it waited, which may no longer be the head (the one it waited for appended after it); so it
        // looks again and locks the new head, until the row it holds is the head. Every append holds the head's
        // lock until its commit, so no two appends can both follow the same entry.
        AuditEntry locked = query.setLockMode(LockModeType.PESSIMISTIC_WRITE).uniqueResult();
        while (locked != null) {
            Long head = session.createSelectionQuery(HEAD_SEQ, Long.class)
                    .uniqueResult();
            if (head == locked.seq()) {
                return locked;
            }
            locked = session.createSelectionQuery("from AuditEntry e where e.seq = :seq", AuditEntry.class)
                    .setParameter("seq", head).setLockMode(LockModeType.PESSIMISTIC_WRITE).uniqueResult();
        }
        return null;
    }

    /** The advisory lock key of audit appends on a shared server ("MDAU"). */
    private static final long APPEND_LOCK = 0x4d444155L;
}
