package org.maracdesk.exchange.exports;

/** The protective marking and confidentiality statement printed on every page of every export. */
public final class Marking {
    public static final String MARKING = "OFFICIAL-SENSITIVE";
    public static final String STATEMENT = "Confidential. This document holds information shared at a MARAC under the"
            + " information-sharing protocol, to protect people at high risk of harm. Use it only for that purpose."
            + " Do not copy it, pass it on or discuss it outside your agency without the agreement of the agencies"
            + " concerned, and never disclose any of it to the person causing harm. Keep it securely and destroy it"
            + " when it is no longer needed.";

    private Marking() {
    }
}
