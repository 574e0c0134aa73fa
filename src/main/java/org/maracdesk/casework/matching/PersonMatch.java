package org.maracdesk.casework.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An existing person who may be the one looked for, with a score (0 to 100) and the evidence.
 *
 * @param reasons evidence, strongest first: date of birth, surname, first name, alias, postcode
 */
public record PersonMatch(long personId, String givenName, String familyName, LocalDate dateOfBirth,
        String postcode, int score, MatchStrength strength, List<MatchReason> reasons) {

    public PersonMatch {
        reasons = List.copyOf(reasons);
    }

    public boolean exact() {
        return strength == MatchStrength.EXACT;
    }

    /** The reasons in words: {@code "same date of birth; surname spelt differently; same first name"}. */
    public String explanation() {
        return reasons.stream().map(MatchReason::words).collect(Collectors.joining("; "));
    }
}
