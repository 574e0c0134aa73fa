package org.maracdesk.casework.people;

import java.time.LocalDate;
import java.util.List;

/**
 * Two person records that matching found alike (an import or a referral flagged them), waiting for the
 * coordinator to merge them or say they are different people.
 *
 * @param firstCases / secondCases the cases each is named on, as "reference (role)"
 * @param score the match score (0-100), best of the flags for this pair
 * @param reasons why they look alike, in words ("same date of birth; surname spelt differently")
 */
public record DuplicatePair(long firstId, String firstName, LocalDate firstBorn, List<String> firstCases,
                            long secondId, String secondName, LocalDate secondBorn, List<String> secondCases,
                            int score, String reasons) {
}
