package org.maracdesk.store;

import java.util.Optional;

/**
 * The audit keys of a store on a shared PostgreSQL server: sub-keys of one 256-bit secret, derived as
 * a vault derives them from its root key. Where the secret is kept for a real server (inside the
 * database, readable only by a SECURITY DEFINER function) is the next step of shared mode
 * (issue 13); today the caller supplies it. No anchor is kept outside the database yet.
 */
public final class ServerKeys implements StoreKeys, AutoCloseable {
    private final DataKey root;

    /** Takes ownership of {@code secret} (32 bytes): it is wiped by {@link #close}. */
    public ServerKeys(byte[] secret) {
        this.root = DataKey.adopt(secret);
    }

    @Override
    public synchronized byte[] deriveStable(String purpose) {
        return root.derive(purpose);
    }

    @Override
    public Optional<AuditAnchor> auditAnchor() {
        return Optional.empty();
    }

    @Override
    public synchronized void close() {
        root.close();
    }
}
