package org.maracdesk.casework.disclosure;

import java.util.Locale;

/**
 * What a disclosure records about consent (decision 0048): whether consent was sought and the answer, and
 * when the disclosure goes ahead without consent (refused, or not sought) the reason it was overridden.
 */
public record ConsentRecord(Consent consent, String overrideReason) {
    /** The states a disclosure can record; {@link #cliWord()} is what {@code --consent} takes. */
    public enum Consent {
        GIVEN, REFUSED, NOT_SOUGHT;

        public String cliWord() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** True when the disclosure goes ahead without consent, so a reason is required. */
        public boolean needsReason() {
            return this != GIVEN;
        }
    }

    public ConsentRecord {
        if (consent == null) {
            throw new IllegalArgumentException("Say whether consent was given, refused or not sought.");
        }
        overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (consent.needsReason() && overrideReason == null) {
            throw new IllegalArgumentException("Consent was " + consent.cliWord().replace('-', ' ')
                    + ": give the reason for sharing without it (for example: risk of serious harm).");
        }
        if (overrideReason != null && overrideReason.length() > 1000) {
            throw new IllegalArgumentException("The reason for sharing without consent is at most 1000 characters.");
        }
    }

    /** Reads {@code --consent given|refused|not-sought}; a clear message naming the accepted words otherwise. */
    public static Consent parseConsent(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        for (Consent c : Consent.values()) {
            if (c.cliWord().equals(w)) {
                return c;
            }
        }
        throw new IllegalArgumentException("--consent takes given, refused or not-sought, not '"
                + (word == null ? "" : word) + "'.");
    }
}
