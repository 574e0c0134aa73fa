package org.maracdesk.casework.disclosure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a disclosure row stores (decision 0048): the basis code and its wording as the local settings word it at
 * the moment of the disclosure, the consent state ({@code null}: not recorded) and the reason for going ahead
 * without consent. {@code casework.settings.Settings#stamp} resolves one against the list in force.
 */
public record DisclosureStamp(String basis, String wording, ConsentRecord.Consent consent, String consentReason) {

    /** Resolves {@code d} against a list of lawful bases (the first the default). */
    public static DisclosureStamp of(List<LawfulBasis> bases, Disclosure given) {
        Disclosure d = given == null ? Disclosure.UNSTATED : given;
        LawfulBasis b = d.basisCode() == null ? bases.get(0)
                : LawfulBasis.find(bases, d.basisCode()).orElseThrow(() -> new IllegalArgumentException(
                        "--basis: " + d.basisCode() + " is not one of this MARAC's lawful bases; use one of "
                                + bases.stream().map(LawfulBasis::code).collect(Collectors.joining(", "))
                                + " (see settings show)"));
        ConsentRecord c = d.consent();
        return new DisclosureStamp(b.code(), b.wording(), c == null ? null : c.consent(),
                c == null ? null : c.overrideReason());
    }

    /** The consent state as stored (GIVEN, REFUSED, NOT_SOUGHT), or null. */
    public String consentName() {
        return consent == null ? null : consent.name();
    }

    /** One line for a change history: "CODE; consent given" or "CODE; consent not recorded". */
    public String summary() {
        return basis + "; consent " + (consent == null ? "not recorded" : consent.cliWord().replace('-', ' '));
    }
}
