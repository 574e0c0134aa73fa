package org.maracdesk.store;

import java.util.Optional;

/**
 * The keys a store's audit trail is sealed with: stable sub-keys by purpose (the audit chain's MAC key,
 * the audit detail digests) and, where one is kept outside the database, the chain's head when the
 * store was last closed. A vault derives them from its root key ({@link UnlockedVault}); a server
 * store from the key it was opened with ({@link ServerKeys}).
 */
public interface StoreKeys {
    /** A purpose-bound sub-key; the caller wipes it. */
    byte[] deriveStable(String purpose);

    /** The audit chain's head as recorded outside the database when it was last closed, if kept. */
    Optional<AuditAnchor> auditAnchor();
}
