package org.maracdesk.store;

import java.security.SecureRandom;
import org.maracdesk.common.Secrets;

/**
 * Recovery keys: 25 characters from an alphabet without look-alikes (about 124 bits), in
 * groups of five, e.g. {@code K7M3Q-ZP9XD-…}. Typed back with or without dashes or spaces,
 * in either case.
 */
public final class RecoveryKeys {
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final int GROUPS = 5;
    private static final int GROUP = 5;

    private RecoveryKeys() {
    }

    public static char[] generate(SecureRandom random) {
        char[] out = new char[GROUPS * GROUP + GROUPS - 1];
        int pos = 0;
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                out[pos++] = '-';
            }
            for (int i = 0; i < GROUP; i++) {
                out[pos++] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
        }
        return out;
    }

    /** Upper-case, without separators: the form that is fed to the key derivation. */
    static char[] normalise(char[] typed) {
        char[] tmp = new char[typed.length];
        int n = 0;
        for (char c : typed) {
            if (c != '-' && c != ' ') {
                tmp[n++] = Character.toUpperCase(c);
            }
        }
        char[] out = java.util.Arrays.copyOf(tmp, n);
        Secrets.wipe(tmp);
        return out;
    }
}
