package org.maracdesk.casework.intake;

import org.maracdesk.casework.matching.MatchStrength;

/**
 * An existing person who looks like a referral's victim but was not merged with them, for the
 * coordinator to review. Holds no names: the reference, score and reasons are enough to find them.
 *
 * @param index the referral's position in the batch, from 0
 * @param caseReference the case the referral was recorded on; null when it was not accepted
 * @param existingCaseReference the latest case with the existing person as victim; null when none
 */
public record PossibleDuplicate(int index, String caseReference, long personId, String existingCaseReference,
        int score, MatchStrength strength, String explanation) {
}
