package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.util.List;
import org.maracdesk.casework.matching.MatchReason;
import org.maracdesk.casework.matching.MatchStrength;

/**
 * An existing person who may be the one being typed, with the evidence, and the latest case they
 * are the victim of or a perpetrator on (null when none).
 */
public record PersonSuggestion(long personId, String givenName, String familyName, LocalDate dateOfBirth,
        String postcode, int score, MatchStrength strength, List<MatchReason> reasons, String caseReference) {

    public PersonSuggestion {
        reasons = List.copyOf(reasons);
    }
}
