package org.maracdesk.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.maracdesk.common.VaultFormatException;

/**
 * One way into the vault, opened by one account's passphrase (or the recovery key) through
 * Argon2id and AES-256-GCM.
 * <ul>
 * <li>A <em>sealed</em> slot (every slot written since revocation was built) wraps an X25519
 * private key; the data key is sealed to the matching public key ({@link SlotSeal}), so the vault
 * can switch to a new data key for every remaining slot without their passphrases.</li>
 * <li>An older slot wraps the data key itself; it is upgraded to a sealed slot at its next unlock.</li>
 * </ul>
 * Absent fields are left out of the JSON, so the header MAC of older vaults is unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeySlot(String id, Kind kind, String username, KdfParameters kdf,
                      byte[] salt, byte[] nonce, byte[] wrappedKey,
                      byte[] publicKey, byte[] sealedFrom, byte[] sealedNonce, byte[] sealedKey) {

    public enum Kind { USER, RECOVERY }

    public KeySlot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(kdf, "kdf");
        if (salt == null || salt.length < 16 || nonce == null || nonce.length != 12 || wrappedKey == null) {
            throw new VaultFormatException("key slot " + id + " is incomplete");
        }
        boolean anySeal = publicKey != null || sealedFrom != null || sealedNonce != null || sealedKey != null;
        boolean wholeSeal = publicKey != null && sealedFrom != null && sealedNonce != null && sealedNonce.length == 12
                && sealedKey != null;
        if (anySeal && !wholeSeal) {
            throw new VaultFormatException("key slot " + id + " is incomplete");
        }
    }

    /** An older slot: the data key wrapped directly. */
    static KeySlot wrapping(String id, Kind kind, String username, KdfParameters kdf, byte[] salt, byte[] nonce,
                            byte[] wrappedKey) {
        return new KeySlot(id, kind, username, kdf, salt, nonce, wrappedKey, null, null, null, null);
    }

    @JsonIgnore
    boolean isSealed() {
        return publicKey != null;
    }

    SlotSeal.Sealed seal() {
        return new SlotSeal.Sealed(sealedFrom, sealedNonce, sealedKey);
    }

    /** The same slot with the data key sealed anew (after the vault's data key changed). */
    KeySlot withSeal(SlotSeal.Sealed s) {
        return new KeySlot(id, kind, username, kdf, salt, nonce, wrappedKey, publicKey, s.ephemeralPublic(),
                s.nonce(), s.ciphertext());
    }

    /** Binds the ciphertext to this vault and this slot, so slots cannot be swapped or relabelled. */
    byte[] associatedData(String vaultId) {
        return ("marac-desk-slot|1|" + vaultId + "|" + id + "|" + kind + "|" + username)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
