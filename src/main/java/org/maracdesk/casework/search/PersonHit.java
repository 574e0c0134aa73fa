package org.maracdesk.casework.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One answer to "is this person known?": the person as recorded, the part they play in a case,
 * the case, and why they came up (reasons in words, never values).
 *
 * @param role victim, perpetrator, child or other person at risk
 */
public record PersonHit(long caseId, String caseReference, long personId, String name, LocalDate dateOfBirth,
                        HitRole role, int score, List<String> why) {
    public PersonHit {
        why = List.copyOf(why);
    }

    /** The part a person plays in a case. */
    public enum HitRole { VICTIM, PERPETRATOR, CHILD, OTHER_AT_RISK }
}
