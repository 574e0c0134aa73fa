package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.util.List;
import org.maracdesk.casework.ContactDetails;
import org.maracdesk.casework.Gender;

/**
 * A person as a referral describes them. Names are required; everything else may be null.
 *
 * @param aliases full alternative names, possibly empty
 */
public record PersonDetails(String givenName, String familyName, List<String> aliases, LocalDate dateOfBirth,
        Gender gender, PostalAddress address, ContactDetails contact, DiversityDetails diversity) {

    public PersonDetails {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }

    /** A person known by name (and date of birth) only. */
    public static PersonDetails named(String givenName, String familyName, LocalDate dateOfBirth) {
        return new PersonDetails(givenName, familyName, List.of(), dateOfBirth, null, null, null, null);
    }
}
