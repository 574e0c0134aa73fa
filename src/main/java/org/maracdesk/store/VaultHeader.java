package org.maracdesk.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The small plaintext file beside the database: format version, vault id and key slots, plus
 * a MAC (keyed from the data key) over all of it so an edited header is noticed on unlock.
 * Holds no case data and no secret that is usable without a passphrase. Absent optional
 * fields are left out of the JSON, so adding one never changes the MAC of older headers.
 *
 * @param generation  raised each time the data key changes (null: never changed); the database
 *                    holds the same number, and a header older than its database is refused
 * @param rootNonce   with {@code rootWrapped}: the vault's stable root key (audit chain, audit
 *                    digests, the H2 user password) wrapped under the current data key; absent
 *                    until the data key first changes, when the root is the original data key
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VaultHeader(String format, int formatVersion, String vaultId, String createdAt,
                          List<KeySlot> slots, AuditAnchor auditAnchor, byte[] headerMac,
                          Long generation, byte[] rootNonce, byte[] rootWrapped) {

    public static final String FORMAT = "marac-desk-vault";
    public static final int CURRENT_VERSION = 1;

    public VaultHeader {
        slots = List.copyOf(slots);
    }

    public VaultHeader(String format, int formatVersion, String vaultId, String createdAt, List<KeySlot> slots,
                       AuditAnchor auditAnchor, byte[] headerMac) {
        this(format, formatVersion, vaultId, createdAt, slots, auditAnchor, headerMac, null, null, null);
    }

    /** The key generation, 0 for a vault whose data key never changed. */
    public long keyGeneration() {
        return generation == null ? 0 : generation;
    }

    public VaultHeader withSlots(List<KeySlot> newSlots) {
        return new VaultHeader(format, formatVersion, vaultId, createdAt, newSlots, auditAnchor, null, generation,
                rootNonce, rootWrapped);
    }

    public VaultHeader withAuditAnchor(AuditAnchor anchor) {
        return new VaultHeader(format, formatVersion, vaultId, createdAt, slots, anchor, null, generation, rootNonce,
                rootWrapped);
    }

    /** After a change of data key: the next generation, the root key wrapped anew, the slots resealed. */
    public VaultHeader rekeyed(List<KeySlot> newSlots, long newGeneration, byte[] newRootNonce, byte[] newRootWrapped) {
        return new VaultHeader(format, formatVersion, vaultId, createdAt, newSlots, auditAnchor, null, newGeneration,
                newRootNonce, newRootWrapped);
    }

    public VaultHeader withMac(byte[] mac) {
        return new VaultHeader(format, formatVersion, vaultId, createdAt, slots, auditAnchor, mac, generation,
                rootNonce, rootWrapped);
    }

    public VaultHeader withoutMac() {
        return withMac(null);
    }
}
