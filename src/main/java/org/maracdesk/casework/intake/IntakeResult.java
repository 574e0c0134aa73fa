package org.maracdesk.casework.intake;

import java.util.List;

/**
 * What a recorded batch did, in counts, plus the possible duplicates to review.
 *
 * @param addedToExistingCases accepted referrals whose victim matched exactly and joined that case
 * @param notAccepted drafts, Idva-only and declined referrals (recorded without a case)
 */
public record IntakeResult(int referrals, int newCases, int addedToExistingCases, int repeats, int notAccepted,
        List<PossibleDuplicate> toReview) {

    public IntakeResult {
        toReview = List.copyOf(toReview);
    }
}
