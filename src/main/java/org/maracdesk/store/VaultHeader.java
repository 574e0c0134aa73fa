package org.maracdesk.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The small plaintext file beside the database: format version, vault id and key slots, plus
 * a MAC (keyed from the data key) over all of it so an edited header is noticed on unlock.
 * Holds no case data and no secret that is usable without a passphrase. Absent optional
 * fields are left out of the JSON, so adding one never changes the MAC of older headers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VaultHeader(String format, int formatVersion, String vaultId, String createdAt,
                          List<KeySlot> slots, AuditAnchor auditAnchor, byte[] headerMac) {

    public static final String FORMAT = "marac-desk-vault";
    public static final int CURRENT_VERSION = 1;

    public VaultHeader {
        slots = List.copyOf(slots);
    }

    public VaultHeader withSlots(List<KeySlot> newSlots) {
        return new VaultHeader(format, formatVersion, vaultId, createdAt, newSlots, auditAnchor, null);
    }

    public VaultHeader withAuditAnchor(AuditAnchor anchor) {
        return new VaultHeader(format, formatVersion, vaultId, createdAt, slots, anchor, null);
    }

    public VaultHeader withMac(byte[] mac) {
        return new VaultHeader(format, formatVersion, vaultId, createdAt, slots, auditAnchor, mac);
    }

    public VaultHeader withoutMac() {
        return withMac(null);
    }
}
