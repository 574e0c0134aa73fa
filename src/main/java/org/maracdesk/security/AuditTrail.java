package org.maracdesk.security;

import java.util.List;
import java.util.Locale;
import org.hibernate.query.SelectionQuery;
import org.maracdesk.store.StoreProvider;

/** Reading the audit trail (VIEW_AUDIT): newest first, filtered by user, action and case. */
public final class AuditTrail {
    /** The most entries one search returns; the filters narrow a long trail down. */
    public static final int LIMIT = 1000;
    private final StoreProvider stores;
    private final CurrentUser users;

    public AuditTrail(StoreProvider stores, CurrentUser users) {
        this.stores = stores;
        this.users = users;
    }

    public List<AuditLine> search(AuditQuery query) {
        PermissionMatrix.require(users.current(), Permission.VIEW_AUDIT);
        String user = blankToNull(query.username());
        String reference = blankToNull(query.caseReference());
        StringBuilder hql = new StringBuilder("select e.seq, e.at, e.actor, e.action, e.entityType, e.entityId"
                + " from AuditEntry e where 1 = 1");
        if (user != null) {
            hql.append(" and lower(e.actor) = :user");
        }
        if (query.action() != null) {
            hql.append(" and e.action = :action");
        }
        if (reference != null) {
            hql.append(" and e.entityType = 'case' and upper(e.entityId) = :reference");
        }
        hql.append(" order by e.seq desc");
        return stores.store().read(s -> {
            SelectionQuery<Object[]> q = s.createSelectionQuery(hql.toString(), Object[].class).setMaxResults(LIMIT);
            if (user != null) {
                q.setParameter("user", user.toLowerCase(Locale.ROOT));
            }
            if (query.action() != null) {
                q.setParameter("action", query.action());
            }
            if (reference != null) {
                q.setParameter("reference", reference.toUpperCase(Locale.ROOT));
            }
            return q.getResultList().stream().map(r -> new AuditLine((Long) r[0], (java.time.Instant) r[1],
                    (String) r[2], (AuditAction) r[3], (String) r[4], (String) r[5])).toList();
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
