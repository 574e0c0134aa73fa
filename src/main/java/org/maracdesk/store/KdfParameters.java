package org.maracdesk.store;

import org.maracdesk.common.VaultFormatException;

/**
 * Argon2id cost parameters stored in each key slot. The floor follows OWASP ASVS 5.0
 * Appendix C with margin: memory at least 64 MiB, at least 3 passes, one lane.
 */
public record KdfParameters(String algorithm, int memoryKiB, int iterations, int parallelism) {

    public static final String ARGON2ID = "argon2id";
    public static final int FLOOR_MEMORY_KIB = 64 * 1024;
    public static final int FLOOR_ITERATIONS = 3;
    public static final int PARALLELISM = 1;

    /** What new slots get: the floor itself, about half a second on a two-core laptop. */
    public static KdfParameters defaults() {
        return new KdfParameters(ARGON2ID, FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, PARALLELISM);
    }

    /** Refuses parameters below the floor, whether written by us or edited into a header. */
    public void requireAtLeastFloor() {
        if (!ARGON2ID.equals(algorithm)) {
            throw new VaultFormatException("key slot uses an unsupported key derivation: " + algorithm);
        }
        if (memoryKiB < FLOOR_MEMORY_KIB || iterations < FLOOR_ITERATIONS || parallelism != PARALLELISM) {
            throw new VaultFormatException("key slot key-derivation parameters are below the required minimum"
                    + " (memory " + memoryKiB + " KiB, " + iterations + " passes, " + parallelism + " lanes)");
        }
    }
}
