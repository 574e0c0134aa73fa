package org.maracdesk.security;

/**
 * What to look for in the audit trail; a blank or null field matches everything.
 *
 * @param caseReference entries about this case (views, changes, exports, purges)
 */
public record AuditQuery(String username, AuditAction action, String caseReference) {
    public static final AuditQuery ALL = new AuditQuery(null, null, null);

    /** Who has seen this case: one filter away from the whole trail. */
    public static AuditQuery whoSawCase(String caseReference) {
        return new AuditQuery(null, AuditAction.CASE_VIEWED, caseReference);
    }
}
