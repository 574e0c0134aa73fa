package org.maracdesk.security;

/** What an audit entry records. Values only ever appear as digests, never in clear. */
public enum AuditAction {
    VAULT_CREATED,
    UNLOCKED,
    UNLOCK_FAILED,
    LOCKED,
    CASE_LIST_VIEWED,
    CASE_VIEWED,
    CHANGED,
    EXPORTED,
    PRINTED,
    PASSPHRASE_CHANGED,
    PASSPHRASE_RESET,
    ACCOUNT_ADDED,
    ACCOUNT_REMOVED,
    PURGED,
    /** The vault switched to a new data key (entity id: the new key generation). */
    DATA_KEY_CHANGED,
    RECOVERY_KEY_RENEWED,
    /** A screen or command showed case data: the entity id lists the case ids (never names). */
    VIEWED,
    /**
     * A vault's trail was carried onto this shared server and re-sealed with its key (decision 0039): entity id
     * names the server's entry numbers of the carried entries, the digest field holds the vault's own head MAC.
     */
    VAULT_IMPORTED
}
