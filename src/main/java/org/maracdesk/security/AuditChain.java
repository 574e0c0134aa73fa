package org.maracdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chain's arithmetic: {@code mac = HMAC-SHA256(K_audit, prev_mac || fields)}, with the
 * fields joined by a separator that cannot occur in them. The first entry links to 64 zeros.
 */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);
    private static final char SEP = '\u001f';

    private AuditChain() {
    }

    /** The fields of one entry as stored. */
    public record Link(long seq, Instant at, String actor, AuditAction action, String entityType, String entityId,
                       String detailDigest, String prevMac, String mac) {
    }

    static Link seal(byte[] key, long seq, Instant at, String actor, AuditAction action, String entityType,
                     String entityId, String detailDigest, String prevMac) {
        String mac = mac(key, seq, at, actor, action.name(), entityType, entityId, detailDigest, prevMac);
        return new Link(seq, at, actor, action, entityType, entityId, detailDigest, prevMac, mac);
    }

    static String mac(byte[] key, long seq, Instant at, String actor, String action, String entityType,
                      String entityId, String detailDigest, String prevMac) {
        String fields = prevMac + SEP + seq + SEP + at + SEP + actor + SEP + action + SEP + nz(entityType) + SEP
                + nz(entityId) + SEP + nz(detailDigest);
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(fields.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
