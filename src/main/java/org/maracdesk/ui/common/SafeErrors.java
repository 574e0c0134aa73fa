package org.maracdesk.ui.common;

import java.sql.SQLException;
import java.util.HexFormat;
import org.maracdesk.security.Sha256;

/**
 * Describes a failure without its messages. Database and ORM messages can quote the values
 * being saved, so only exception types, SQL error codes and our own frames leave this class.
 */
public final class SafeErrors {
    private SafeErrors() {
    }

    /** e.g. {@code PersistenceException > JdbcSQLDataException[22001]} */
    public static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        Throwable cur = t;
        int depth = 0;
        while (cur != null && depth++ < 8) {
            if (!sb.isEmpty()) {
                sb.append(" > ");
            }
            sb.append(cur.getClass().getSimpleName());
            if (cur instanceof SQLException sql) {
                sb.append('[').append(sql.getErrorCode()).append(']');
            }
            cur = cur.getCause();
        }
        return sb.toString();
    }

    /** The first frame in our own code, which says where without saying what. */
    public static String origin(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.maracdesk.")) {
                return e.getClassName().substring("org.maracdesk.".length()) + "." + e.getMethodName()
                        + ":" + e.getLineNumber();
            }
        }
        return "unknown";
    }

    /** A short code that is the same for the same kind of failure, for support conversations. */
    public static String code(Throwable t) {
        byte[] digest = Sha256.of(describe(t) + "@" + origin(t));
        return "MD-" + HexFormat.of().formatHex(digest, 0, 3).toUpperCase(java.util.Locale.ROOT);
    }
}
