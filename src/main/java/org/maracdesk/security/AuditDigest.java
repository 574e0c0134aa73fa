package org.maracdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.maracdesk.common.Secrets;
import org.maracdesk.store.Store;

/**
 * The "digest of what changed" in an audit entry: an HMAC keyed from the vault's data key, so
 * equal changes give equal digests but a short value (a status, a date) cannot be guessed back.
 */
public final class AuditDigest {
    private static final String PURPOSE = "audit-detail-digest";

    private AuditDigest() {
    }

    public static String of(Store store, String... values) {
        byte[] key = store.keys().deriveStable(PURPOSE);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String v : values) {
                mac.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        } finally {
            Secrets.wipe(key);
        }
    }
}
