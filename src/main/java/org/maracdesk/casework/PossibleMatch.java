package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An existing person found similar to a referral's victim and deliberately not merged, for review. */
@Embeddable
public record PossibleMatch(
        @Column(name = "person_id", nullable = false) Long personId,
        @Column(name = "score", nullable = false) Integer score,
        @Column(name = "reasons", nullable = false, length = 400) String reasons) {
}
