package org.maracdesk.exchange.referrals;

import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.intake.IntakeResult;
import org.maracdesk.casework.intake.PossibleDuplicate;

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
        return counts("Imported ");
    }

    /** The same counts for a preview: {@code Would import 3 referrals: 2 new cases, …}. */
    public String previewSummary() {
        return counts("Would import ");
    }

    /**
     * One line per possible duplicate, as {@code referral import} prints them and the window lists them:
     * {@code to review: the victim on line 4 (case M-2026-0003) may be a person already known as the
     * victim of M-2025-0107: score 82, …; not merged}.
     */
    public List<String> reviewText() {
        List<String> out = new ArrayList<>();
        List<PossibleDuplicate> review = result.toReview();
        for (int i = 0; i < review.size(); i++) {
            PossibleDuplicate d = review.get(i);
            out.add("to review: the victim on line " + reviewLines.get(i)
                    + (d.caseReference() == null ? "" : " (case " + d.caseReference() + ")")
                    + " may be a person already known"
                    + (d.existingCaseReference() == null ? "" : " as the victim of " + d.existingCaseReference())
                    + ": score " + d.score() + ", " + d.explanation() + "; not merged");
        }
        return out;
    }

    private String counts(String verb) {
        StringBuilder b = new StringBuilder(verb).append(count(result.referrals(), "referral", "referrals"))
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
