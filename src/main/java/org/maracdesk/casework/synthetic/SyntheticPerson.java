package org.maracdesk.casework.synthetic;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A fictional person. {@code aliases} are full alternative names (former surname, nickname, other spelling);
 * most people have none. Repeat referrals reuse the same instance for the same victim.
 */
public record SyntheticPerson(String givenName, String familyName, List<String> aliases, LocalDate dateOfBirth,
                              Gender gender, PersonRole role, Address address, Diversity diversity) {
    public SyntheticPerson {
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(diversity, "diversity");
    }

    /** Display name: {@code givenName + " " + familyName}. */
    public String fullName() {
        return givenName + " " + familyName;
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
