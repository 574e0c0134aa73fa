package org.maracdesk.casework.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * Whom to look for: a name, any aliases, and optionally a date of birth and postcode.
 *
 * @param aliases full alternative names ("former surname", another spelling); may be empty
 */
public record PersonQuery(String givenName, String familyName, List<String> aliases, LocalDate dateOfBirth,
        String postcode) {

    public PersonQuery {
        givenName = givenName == null ? "" : givenName;
        familyName = familyName == null ? "" : familyName;
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        if (Names.compact(givenName).isEmpty() && Names.compact(familyName).isEmpty()) {
            throw new IllegalArgumentException("a name is needed to look for a person");
        }
    }

    public static PersonQuery of(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {
        return new PersonQuery(givenName, familyName, List.of(), dateOfBirth, postcode);
    }
}
