package org.maracdesk.store;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Passphrase to key-encryption key. Bouncy Castle encodes the passphrase as UTF-8, so every
 * bit of every Unicode character counts (unlike H2's own password handling).
 */
public final class Argon2Kdf {
    public static final int KEY_BYTES = 32;

    private Argon2Kdf() {
    }

    public static byte[] derive(char[] passphrase, byte[] salt, KdfParameters params) {
        params.requireAtLeastFloor();
        Argon2Parameters argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon);
        byte[] key = new byte[KEY_BYTES];
        generator.generateBytes(passphrase, key);
        return key;
    }
}
