package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.maracdesk.casework.Gender;

/**
 * A fictional person. {@code aliases} are full alternative names (former surname, nickname, other spelling);
 * most people have none. Repeat referrals reuse the same instance for the same victim. The part a person plays
 * (victim, perpetrator, child, other person at risk) is the list of {@link SyntheticReferral} that holds them.
 */
public record SyntheticPerson(String givenName, String familyName, List<String> aliases, LocalDate dateOfBirth,
                              Gender gender, Address address, Diversity diversity) {
    public SyntheticPerson {
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(gender, "gender");
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
