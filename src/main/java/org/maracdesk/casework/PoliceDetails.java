package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The police reference and crime numbers, the latter as a {@code "; "}-separated list. */
@Embeddable
public record PoliceDetails(
        @Column(name = "police_reference", length = 64) String reference,
        @Column(name = "crime_numbers", length = 400) String crimeNumbers) {
}
