package org.maracdesk.store;

import java.util.Optional;

/**
 * The audit keys of a store on a shared PostgreSQL server.
 * <ul>
 * <li>{@link #ServerKeys(byte[]) Whole}: sub-keys of the server's 256-bit secret, derived as a vault derives
 * them from its root key. Only the owner's side has it: {@code server init} and test fixtures working as the
 * owner or a superuser, which seal entries themselves.</li>
 * <li>{@link #digestOnly(byte[]) Digest only}: what a signed-in account gets through the SECURITY DEFINER
 * function {@code marac_digest_key()}: the one sub-key that keys the audit digests. The chain's key never
 * leaves the server: its entries are appended and verified by the server's functions (decision 0031), so
 * asking for any other purpose is refused.</li>
 * </ul>
 * No anchor is kept outside the database.
 */
public final class ServerKeys implements StoreKeys, AutoCloseable {
    /** The purpose of the audit digests' key ({@code AuditDigest}); the server derives it under this name. */
    public static final String DIGEST_PURPOSE = "audit-detail-digest";
    private final DataKey root;
    private final boolean digestOnly;

    /** Takes ownership of {@code secret} (32 bytes): it is wiped by {@link #close}. */
    public ServerKeys(byte[] secret) {
        this(secret, false);
    }

    private ServerKeys(byte[] key, boolean digestOnly) {
        this.root = DataKey.adopt(key);
        this.digestOnly = digestOnly;
    }

    /** The audit digests' key alone (32 bytes, owned and wiped by {@link #close}), as a signed-in account has it. */
    public static ServerKeys digestOnly(byte[] digestKey) {
        return new ServerKeys(digestKey, true);
    }

    /** True when the chain is sealed by the server, not with these keys. */
    public boolean sealedByServer() {
        return digestOnly;
    }

    @Override
    public synchronized byte[] deriveStable(String purpose) {
        if (!digestOnly) {
            return root.derive(purpose);
        }
        if (!DIGEST_PURPOSE.equals(purpose)) {
            throw new IllegalStateException("a signed-in account has no key for " + purpose
                    + ": the shared server seals and verifies its audit trail itself");
        }
        return root.copy();
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
