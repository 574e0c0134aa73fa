package org.maracdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.maracdesk.common.Secrets;

/**
 * A shared-mode account's PostgreSQL password, derived on the client from the passphrase with Argon2id
 * (the vault's floor or more, {@link KdfParameters}), salted by the server's random salt and the
 * username, so the server never sees a passphrase and each guess against a stolen verifier costs an
 * Argon2id run. The password is the 32-byte result as 64 hex characters (ASCII, so SCRAM's SASLprep
 * leaves it as it is). New accounts are given a SCRAM-SHA-256 verifier computed here, so the server
 * does not see the derived password either, only the verifier.
 */
public final class ServerLogin {
    static final int SCRAM_ITERATIONS = 4096;
    private static final byte[] DOMAIN = "marac-desk server login v1".getBytes(StandardCharsets.US_ASCII);

    private ServerLogin() {
    }

    /** The login password for {@code username} on the server whose salt is {@code serverSalt}; the caller wipes it. */
    public static char[] password(char[] passphrase, byte[] serverSalt, String username, KdfParameters params) {
        byte[] salt = salt(serverSalt, username);
        byte[] key = Argon2Kdf.derive(passphrase, salt, params);
        try {
            return Secrets.hex(key);
        } finally {
            Secrets.wipe(key);
        }
    }

    /** SHA-256 over a fixed label, the server's salt and the username: unique per server and user. */
    static byte[] salt(byte[] serverSalt, String username) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(DOMAIN);
            sha.update((byte) 0);
            sha.update(serverSalt);
            sha.update((byte) 0);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * PostgreSQL's SCRAM-SHA-256 verifier for {@code password}
     * ({@code SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey}, RFC 5802 and 7677).
     */
    public static String scramVerifier(char[] password, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] salted = null;
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, SCRAM_ITERATIONS, 256);
            try {
                salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
            byte[] clientKey = hmac(salted, "Client Key");
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
            byte[] serverKey = hmac(salted, "Server Key");
            Base64.Encoder b64 = Base64.getEncoder();
            String verifier = "SCRAM-SHA-256$" + SCRAM_ITERATIONS + ":" + b64.encodeToString(salt) + "$"
                    + b64.encodeToString(storedKey) + ":" + b64.encodeToString(serverKey);
            Secrets.wipe(clientKey);
            return verifier;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is not available", e);
        } finally {
            Secrets.wipe(salted == null ? new byte[0] : salted);
        }
    }

    private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
    }
}
