package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Whether the victim knows of the referral and consented (null when not said), and the note that
 * explains why not or justifies sharing without consent.
 */
@Embeddable
public record Consent(
        @Column(name = "victim_aware") Boolean victimAware,
        @Column(name = "consent_given") Boolean consentGiven,
        @Column(name = "consent_note", length = 4000) String note) {
}
