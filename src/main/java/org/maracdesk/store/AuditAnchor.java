package org.maracdesk.store;

/** The audit chain's head (sequence and MAC) as it was when the vault was last closed. */
public record AuditAnchor(long seq, String mac) {
}
