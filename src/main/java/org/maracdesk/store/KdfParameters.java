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
    /** A header asking for more than this is refused before any derivation is tried (1 GiB, 20 passes). */
    public static final int CEILING_MEMORY_KIB = 1024 * 1024;
    public static final int CEILING_ITERATIONS = 20;

    /** What new slots get: the floor itself, about half a second on a two-core laptop. */
    public static KdfParameters defaults() {
        return new KdfParameters(ARGON2ID, FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, PARALLELISM);
    }

    /**
     * Refuses parameters below the floor or above the ceiling, whether written by us or edited
     * into a header: a hostile header asking for 64 GiB must be refused, not tried.
     */
    public void requireAtLeastFloor() {
        if (!ARGON2ID.equals(algorithm)) {
            throw new VaultFormatException("key slot uses an unsupported key derivation: " + algorithm);
        }
        if (memoryKiB < FLOOR_MEMORY_KIB || iterations < FLOOR_ITERATIONS || parallelism != PARALLELISM) {
            throw new VaultFormatException("key slot key-derivation parameters are below the required minimum"
                    + " (memory " + memoryKiB + " KiB, " + iterations + " passes, " + parallelism + " lanes)");
        }
        if (memoryKiB > CEILING_MEMORY_KIB || iterations > CEILING_ITERATIONS) {
            throw new VaultFormatException("key slot key-derivation parameters are above the allowed maximum"
                    + " (memory " + memoryKiB + " KiB, " + iterations + " passes); the vault header has been"
                    + " altered: restore it from a backup");
        }
    }
}
