package org.maracdesk.exchange.referrals;

import java.util.List;
import org.maracdesk.casework.intake.IntakeResult;

/**
 * What an import did, and for each possible duplicate the line of the referral it concerns.
 *
 * @param reviewLines parallel to {@code result.toReview()}
 */
public record ImportReport(IntakeResult result, List<Integer> reviewLines) {
    public ImportReport {
        reviewLines = List.copyOf(reviewLines);
    }

    /** {@code Imported 3 referrals: 2 new cases, 1 added to an existing case, 1 marked repeat}. */
    public String summary() {
        StringBuilder b = new StringBuilder("Imported ").append(count(result.referrals(), "referral", "referrals"))
                .append(": ").append(count(result.newCases(), "new case", "new cases")).append(", ")
                .append(count(result.addedToExistingCases(), "added to an existing case", "added to existing cases"))
                .append(", ").append(result.repeats()).append(" marked repeat");
        if (result.notAccepted() > 0) {
            b.append(", ").append(result.notAccepted()).append(" not accepted (draft, Idva only or declined)");
        }
        return b.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
