package org.maracdesk.security;

/**
 * OWASP ASVS-style passphrase rules: 12 to 128 characters (any Unicode), no composition rules,
 * and not on the bundled list of common passwords (compared ignoring case and spaces). The
 * strength estimate is a hint for the user, never a gate.
 */
public final class PassphrasePolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public enum Problem { TOO_SHORT, TOO_LONG, TOO_COMMON }

    public enum Strength { TOO_SHORT, WEAK, FAIR, STRONG, VERY_STRONG }

    private PassphrasePolicy() {
    }

    /** Length in Unicode code points, so an emoji or a combining letter counts once. */
    public static int length(CharSequence passphrase) {
        return Character.codePointCount(passphrase, 0, passphrase.length());
    }

    public static Problem problem(CharSequence passphrase) {
        int n = length(passphrase);
        if (n < MIN_LENGTH) {
            return Problem.TOO_SHORT;
        }
        if (n > MAX_LENGTH) {
            return Problem.TOO_LONG;
        }
        return CommonPassphrases.contains(passphrase) ? Problem.TOO_COMMON : null;
    }

    /** @throws IllegalArgumentException saying the rule, when the passphrase breaks it */
    public static void requireAcceptable(char[] passphrase) {
        Problem problem = problem(java.nio.CharBuffer.wrap(passphrase));
        if (problem == Problem.TOO_COMMON) {
            throw new IllegalArgumentException("that passphrase is on the list of common passwords that attackers"
                    + " try first; choose another, for example a few unrelated words");
        }
        if (problem != null) {
            throw new IllegalArgumentException("a passphrase is " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters long");
        }
    }

    /**
     * A rough guess from length, variety of character kinds and repetition. Long passphrases
     * of ordinary words rate well, as they should.
     */
    public static Strength strength(CharSequence passphrase) {
        if (length(passphrase) < MIN_LENGTH) {
            return Strength.TOO_SHORT;
        }
        if (CommonPassphrases.contains(passphrase)) {
            return Strength.WEAK;
        }
        double bits = estimateBits(passphrase);
        if (bits < 50) {
            return Strength.WEAK;
        }
        if (bits < 70) {
            return Strength.FAIR;
        }
        return bits < 100 ? Strength.STRONG : Strength.VERY_STRONG;
    }

    static double estimateBits(CharSequence p) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean space = false;
        boolean other = false;
        int distinct = 0;
        boolean[] seen = new boolean[65536];
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
            space |= c == ' ';
            other |= !Character.isLetterOrDigit(c) && c != ' ';
            if (!seen[c]) {
                seen[c] = true;
                distinct++;
            }
        }
        int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (space ? 1 : 0) + (other ? 33 : 0);
        double perChar = Math.log(Math.max(pool, 2)) / Math.log(2);
        double variety = Math.min(1.0, distinct / 8.0);
        return length(p) * perChar * variety;
    }
}
