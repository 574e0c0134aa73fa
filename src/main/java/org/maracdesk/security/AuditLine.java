package org.maracdesk.security;

import java.time.Instant;

/** One audit entry as the administration screen shows it (the MACs stay in the store). */
public record AuditLine(long seq, Instant at, String username, AuditAction action, String entityType,
                        String entityId) {
}
