package org.maracdesk.store;

import java.util.Optional;

/**
 * The audit keys of a store on a shared PostgreSQL server: sub-keys of one 256-bit secret, derived as
 * a vault derives them from its root key. On a set-up server the secret is stored in the database
 * ({@code server_secret}, owner only) and read by signed-in accounts through the SECURITY DEFINER
 * function {@code marac_audit_key()} (decision 0024); sealing entries on the server itself, with a key
 * no account can read, is still to do. No anchor is kept outside the database yet.
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
