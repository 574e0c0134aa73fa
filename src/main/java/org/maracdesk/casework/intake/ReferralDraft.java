package org.maracdesk.casework.intake;

import java.util.Objects;

/**
 * A referral being typed on screen: everything entered so far (nothing is required yet), and the
 * people it is linked to.
 *
 * @param id null until first saved
 * @param version the stored version it was opened at, so a save over someone else's change is refused; null when new
 */
public record ReferralDraft(Long id, Integer version, NewReferral form, PersonLinks links) {

    public ReferralDraft {
        Objects.requireNonNull(form, "form");
        links = links == null ? PersonLinks.none() : links;
    }
}
