package org.maracdesk.common;

import java.util.Arrays;

/** Small helpers for handling key material without leaving copies behind. */
public final class Secrets {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Secrets() {
    }

    public static void wipe(byte[] secret) {
        if (secret != null) {
            Arrays.fill(secret, (byte) 0);
        }
    }

    public static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    /** Lower-case hex into a fresh char array (so it can be wiped, unlike a String). */
    public static char[] hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return out;
    }
}
