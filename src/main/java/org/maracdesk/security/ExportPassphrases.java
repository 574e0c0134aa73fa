package org.maracdesk.security;

import java.security.SecureRandom;

/**
 * Passphrases for encrypted exports: six groups of five characters from an alphabet without
 * look-alikes (no 0/o, 1/l/i), lower case, joined by hyphens, e.g. {@code k7mq3-x4pta-…}.
 * 31 symbols, 30 characters: about 148 bits, easy to read aloud over the phone and to type.
 */
public final class ExportPassphrases {
    static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    static final int GROUPS = 6;
    static final int GROUP_LENGTH = 5;
    private final SecureRandom random;

    public ExportPassphrases(SecureRandom random) {
        this.random = random;
    }

    /** A fresh passphrase as a char[] for the caller to show once and then wipe. */
    public char[] generate() {
        char[] out = new char[GROUPS * GROUP_LENGTH + GROUPS - 1];
        int i = 0;
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                out[i++] = '-';
            }
            for (int c = 0; c < GROUP_LENGTH; c++) {
                out[i++] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
        }
        return out;
    }

    /** Bits of entropy in one generated passphrase. */
    public static double entropyBits() {
        return GROUPS * GROUP_LENGTH * (Math.log(ALPHABET.length) / Math.log(2));
    }
}
