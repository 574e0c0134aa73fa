package org.maracdesk.store;

import java.util.Objects;
import org.maracdesk.common.VaultFormatException;

/**
 * One way into the vault: the data key wrapped (AES-256-GCM) under a key derived from one
 * account's passphrase. The slot records everything needed to redo the derivation.
 */
public record KeySlot(String id, Kind kind, String username, KdfParameters kdf,
                      byte[] salt, byte[] nonce, byte[] wrappedKey) {

    public enum Kind { USER, RECOVERY }

    public KeySlot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(kdf, "kdf");
        if (salt == null || salt.length < 16 || nonce == null || nonce.length != 12 || wrappedKey == null) {
            throw new VaultFormatException("key slot " + id + " is incomplete");
        }
    }

    /** Binds the ciphertext to this vault and this slot, so slots cannot be swapped or relabelled. */
    byte[] associatedData(String vaultId) {
        return ("marac-desk-slot|1|" + vaultId + "|" + id + "|" + kind + "|" + username)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
