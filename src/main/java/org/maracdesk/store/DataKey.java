package org.maracdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.maracdesk.common.Secrets;

/**
 * The vault's random 256-bit data key. Only this key, as hex, ever reaches H2. Sub-keys for
 * other purposes (the H2 user password, the header MAC, later the audit chain) are derived
 * from it with HMAC-SHA256 over a purpose label, so no two uses share a key.
 */
public final class DataKey implements AutoCloseable {
    public static final int BYTES = 32;
    private final byte[] key;
    private boolean destroyed;

    private DataKey(byte[] key) {
        this.key = key;
    }

    public static DataKey generate(SecureRandom random) {
        byte[] key = new byte[BYTES];
        random.nextBytes(key);
        return new DataKey(key);
    }

    /** Takes ownership of the array: the caller must not keep or wipe it. */
    static DataKey adopt(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("a data key has " + BYTES + " bytes");
        }
        return new DataKey(key);
    }

    /** A fresh copy of the raw key, for wrapping into a slot. The caller wipes it. */
    byte[] copy() {
        requireLive();
        return key.clone();
    }

    /** The raw key that encrypts the H2 file (hex of it is H2's file password); the caller wipes it. */
    byte[] copyForFile() {
        return copy();
    }

    /** A purpose-bound sub-key; the caller wipes it. */
    public byte[] derive(String purpose) {
        requireLive();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("marac-desk/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * H2's connection password, {@code "<file password> <user password>"}: the data key as hex
     * encrypts the file, a derived sub-key as hex is the database user's password. ASCII only,
     * because H2 keeps just the low byte of each file-password character.
     */
    public char[] h2Password() {
        return h2Password(this);
    }

    /**
     * As {@link #h2Password()}, with the user password derived from {@code root}: the vault's
     * stable root key, so that the database user's password survives a change of data key.
     */
    char[] h2Password(DataKey root) {
        requireLive();
        char[] file = Secrets.hex(key);
        byte[] userKey = root.derive("h2-user");
        char[] user = Secrets.hex(userKey);
        Secrets.wipe(userKey);
        char[] out = new char[file.length + 1 + user.length];
        System.arraycopy(file, 0, out, 0, file.length);
        out[file.length] = ' ';
        System.arraycopy(user, 0, out, file.length + 1, user.length);
        Secrets.wipe(file);
        Secrets.wipe(user);
        return out;
    }

    public boolean isDestroyed() {
        return destroyed;
    }

    private void requireLive() {
        if (destroyed) {
            throw new IllegalStateException("the data key has been wiped (vault locked)");
        }
    }

    @Override
    public void close() {
        Secrets.wipe(key);
        destroyed = true;
    }
}
