package org.maracdesk.casework.matching;

import java.time.LocalDate;

/** An existing person as the matcher sees them. {@code aliases} is the stored "; "-separated list. */
public record Candidate(long personId, String givenName, String familyName, String aliases, LocalDate dateOfBirth,
        String postcode) {
}
