package org.maracdesk.store;

import org.maracdesk.common.Secrets;
import org.maracdesk.common.VaultFormatException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the data key to a key slot's X25519 public key (an ephemeral key agreement, HMAC-SHA256
 * key derivation, AES-256-GCM). This is what lets the vault change its data key when an account
 * is removed: the new key is sealed to every remaining slot's public key without knowing anyone's
 * passphrase, and a removed account's old private key opens none of the new seals.
 */
final class SlotSeal {
    private static final String CURVE = "X25519";

    private SlotSeal() {
    }

    /** The ephemeral public key, the nonce and the sealed secret. */
    record Sealed(byte[] ephemeralPublic, byte[] nonce, byte[] ciphertext) {
    }

    static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(CURVE).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 is not available in this Java runtime", e);
        }
    }

    static Sealed seal(byte[] recipientPublic, byte[] aad, byte[] secret, SecureRandom random) {
        KeyPair ephemeral = newKeyPair();
        byte[] ephemeralPublic = ephemeral.getPublic().getEncoded();
        byte[] key = agree(ephemeral.getPrivate(), publicKey(recipientPublic), ephemeralPublic, recipientPublic);
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        try {
            return new Sealed(ephemeralPublic, nonce, AesGcm.seal(key, nonce, aad, secret));
        } finally {
            Secrets.wipe(key);
        }
    }

    /** Null when the seal does not open with this private key (or was altered). */
    static byte[] open(byte[] recipientPrivate, byte[] recipientPublic, Sealed sealed, byte[] aad) {
        byte[] key = agree(privateKey(recipientPrivate), publicKey(sealed.ephemeralPublic()),
                sealed.ephemeralPublic(), recipientPublic);
        try {
            return AesGcm.open(key, sealed.nonce(), aad, sealed.ciphertext());
        } finally {
            Secrets.wipe(key);
        }
    }

    private static byte[] agree(PrivateKey mine, PublicKey theirs, byte[] ephemeralPublic, byte[] recipientPublic) {
        byte[] shared = null;
        try {
            KeyAgreement agreement = KeyAgreement.getInstance(CURVE);
            agreement.init(mine);
            agreement.doPhase(theirs, true);
            shared = agreement.generateSecret();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(shared, "HmacSHA256"));
            mac.update("marac-desk/slot-seal|".getBytes(StandardCharsets.UTF_8));
            mac.update(ephemeralPublic);
            mac.update(recipientPublic);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new VaultFormatException("a key slot holds a damaged public key; restore the vault header from a"
                    + " backup", e);
        } finally {
            Secrets.wipe(shared);
        }
    }

    private static PublicKey publicKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance(CURVE).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new VaultFormatException("a key slot holds a damaged public key", e);
        }
    }

    private static PrivateKey privateKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance(CURVE).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new VaultFormatException("a key slot holds a damaged private key", e);
        }
    }
}
