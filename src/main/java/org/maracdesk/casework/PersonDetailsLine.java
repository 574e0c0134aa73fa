package org.maracdesk.casework;

import java.time.LocalDate;

/**
 * A person on a case as the correction dialog shows and changes it.
 *
 * @param role victim, perpetrator or child (how the person is on this case)
 * @param version the version the user saw; a different one means someone else changed the person
 */
public record PersonDetailsLine(long caseId, long personId, String role, String givenName, String familyName,
                                String aliases, LocalDate dateOfBirth, Gender gender, String addressLine1,
                                String town, String postcode, int version) {
}
