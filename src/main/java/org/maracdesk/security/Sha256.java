package org.maracdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Plain SHA-256, for codes and checksums that carry no secret (an error code, a file's checksum). Keyed digests
 * of case data are {@link AuditDigest}'s job, never this one's.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** The digest of {@code text} in UTF-8. */
    public static byte[] of(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
