package org.maracdesk.security;

import java.util.List;
import java.util.Locale;
import org.hibernate.query.SelectionQuery;
import org.maracdesk.store.StoreProvider;

/** Reading the audit trail (VIEW_AUDIT): newest first, filtered by user, action and case, counted and paged in SQL. */
public final class AuditTrail {
    /** The most entries one search returns; the filters narrow a long trail down. */
    public static final int LIMIT = 1000;
    private final StoreProvider stores;
    private final CurrentUser users;

    public AuditTrail(StoreProvider stores, CurrentUser users) {
        this.stores = stores;
        this.users = users;
    }

    /** The newest {@value #LIMIT} entries that match the filters. */
    public List<AuditLine> search(AuditQuery query) {
        return page(query, 0, LIMIT).lines();
    }

    /**
     * One page of the entries that match the filters, newest first, filtered, counted ({@code count(*)}),
     * sorted and paged by the database. A page holds 1 to {@value #LIMIT} entries.
     */
    public AuditPage page(AuditQuery query, int offset, int limit) {
        PermissionMatrix.require(users.current(), Permission.VIEW_AUDIT);
        if (offset < 0 || limit < 1 || limit > LIMIT) {
            throw new IllegalArgumentException("a page of the audit trail starts at 0 or later and holds 1 to "
                    + LIMIT + " entries");
        }
        String user = blankToNull(query.username());
        String reference = blankToNull(query.caseReference());
        StringBuilder where = new StringBuilder(" from AuditEntry e where 1 = 1");
        if (user != null) {
            where.append(" and lower(e.actor) = :user");
        }
        if (query.action() != null) {
            where.append(" and e.action = :action");
        }
        if (reference != null) {
            where.append(" and e.entityType = 'case' and upper(e.entityId) = :reference");
        }
        return stores.store().read(s -> {
            SelectionQuery<Long> count = s.createSelectionQuery("select count(e)" + where, Long.class);
            SelectionQuery<Object[]> q = s.createSelectionQuery("select e.seq, e.at, e.actor, e.action, e.entityType,"
                    + " e.entityId" + where + " order by e.seq desc", Object[].class);
            for (SelectionQuery<?> each : List.of(count, q)) {
                if (user != null) {
                    each.setParameter("user", user.toLowerCase(Locale.ROOT));
                }
                if (query.action() != null) {
                    each.setParameter("action", query.action());
                }
                if (reference != null) {
                    each.setParameter("reference", reference.toUpperCase(Locale.ROOT));
                }
            }
            List<AuditLine> lines = q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(r -> new AuditLine((Long) r[0], (java.time.Instant) r[1], (String) r[2], (AuditAction) r[3],
                            (String) r[4], (String) r[5])).toList();
            return new AuditPage(lines, count.getSingleResult(), offset);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
