package org.maracdesk.security;

import org.maracdesk.store.Store;
import org.slf4j.LoggerFactory;

/** The LOCKED entry a sign-out or lock appends, and what happens when a shared server cannot take it. */
final class SignOutEntry {
    private SignOutEntry() {
    }

    /**
     * Appends LOCKED. On a shared server that does not answer (the user chose to lock and drop waiting work, or the
     * idle lock came due) the sign-out cannot reach its trail: that is said in the log, without case data, and the
     * session closes all the same instead of failing. On a vault a failure is real and is passed on.
     */
    static boolean written(AuditLog audit, Store s, AccountInfo who) {
        try {
            audit.append(s, who.username(), AuditAction.LOCKED, null, null, null);
            return true;
        } catch (RuntimeException e) {
            if (s.kind() == org.maracdesk.store.StoreKind.H2 || !connectionLost(e)) {
                throw e;
            }
            LoggerFactory.getLogger(SessionManager.class).warn("Signed out while the shared server did not answer;"
                    + " the sign-out is not in its audit trail");
            return false;
        }
    }

    private static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.maracdesk.common.ServerUnreachableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.net.SocketException
                    || t instanceof java.sql.SQLException q && String.valueOf(q.getSQLState()).startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
