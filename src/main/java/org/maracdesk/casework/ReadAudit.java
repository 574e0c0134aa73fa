package org.maracdesk.casework;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.hibernate.Session;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.Store;

/**
 * Records that a screen or command showed case data: one {@link AuditAction#VIEWED} entry per
 * load, naming what was shown ({@code agenda}, {@code meeting-record}, {@code research}…), with
 * the case ids in {@code audit_case_read} and their keyed digest in the chained entry.
 */
public final class ReadAudit {
    private final AuditLog audit;

    public ReadAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** Appends the entry in the caller's (writable) transaction; nothing is written when no case was shown. */
    public void shown(Store store, Session s, AccountInfo who, String what, Object subjectId, Collection<Long> cases) {
        record(store, s, who, AuditAction.VIEWED, what, subjectId, cases);
    }

    /**
     * As {@link #shown}, for work that wrote the cases it names ({@link AuditAction#CHANGED}, e.g. a
     * referral import listing the cases it created or added to): "who saw this case" answers from it too.
     */
    public void wrote(Store store, Session s, AccountInfo who, String what, Object subjectId, Collection<Long> cases) {
        record(store, s, who, AuditAction.CHANGED, what, subjectId, cases);
    }

    private void record(Store store, Session s, AccountInfo who, AuditAction action, String what, Object subjectId,
                        Collection<Long> cases) {
        if (cases.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(new TreeSet<>(cases));
        String digest = AuditDigest.of(store, ids.stream().map(String::valueOf).toArray(String[]::new));
        audit.append(store, s, who.username(), action, what,
                subjectId == null ? null : String.valueOf(subjectId), digest);
        s.flush();
        long seq = ((Number) s.createNativeQuery("select max(seq) from audit_entry", Object.class)
                .getSingleResult()).longValue();
        s.doWork(c -> {
            try (java.sql.PreparedStatement insert = c.prepareStatement(
                    "insert into audit_case_read (audit_seq, case_id) values (?, ?)")) {
                int pending = 0;
                for (Long id : ids) {
                    insert.setLong(1, seq);
                    insert.setLong(2, id);
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }
}
