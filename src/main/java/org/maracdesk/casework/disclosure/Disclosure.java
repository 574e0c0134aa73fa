package org.maracdesk.casework.disclosure;

/**
 * What the person making a disclosure says about it (decision 0048): the code of the lawful basis it is made
 * under ({@code null}: the first basis of the local settings) and what happened about consent ({@code null}: not
 * recorded — what a script that does not say gets; the window always asks).
 */
public record Disclosure(String basisCode, ConsentRecord consent) {
    /** The MARAC's default basis, consent not recorded. */
    public static final Disclosure UNSTATED = new Disclosure(null, null);

    /**
     * Reads the command line's {@code --basis CODE --consent WORD --consent-reason TEXT}; {@code consent} null
     * leaves consent unrecorded, and then a reason alone is refused.
     *
     * @throws IllegalArgumentException naming the option and what it takes
     */
    public static Disclosure fromOptions(String basis, String consent, String reason) {
        if (consent == null) {
            if (reason != null && !reason.isBlank()) {
                throw new IllegalArgumentException("--consent-reason needs --consent refused or --consent not-sought");
            }
            return new Disclosure(blankToNull(basis), null);
        }
        return new Disclosure(blankToNull(basis), new ConsentRecord(ConsentRecord.parseConsent(consent), reason));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
