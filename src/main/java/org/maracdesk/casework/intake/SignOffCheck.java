package org.maracdesk.casework.intake;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.casework.settings.SignOffRule;

/** The manager's sign-off a MARAC may require (decision 0060), checked with the other rules of a batch. */
final class SignOffCheck {
    private SignOffCheck() {
    }

    /**
     * The problems of referrals recorded while sign-off is required: each without the manager's name and title
     * or without the date is named by field. Drafts are not checked; they are checked when decided.
     */
    public static List<FieldProblem> check(Session s, List<NewReferral> referrals) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!SignOffRule.current(s).required()) {
            return problems;
        }
        for (int i = 0; i < referrals.size(); i++) {
            NewReferral r = referrals.get(i);
            ReferrerDetails d = r == null ? null : r.referrer();
            if (d == null || d.managerSignOff() == null || d.managerSignOff().isBlank()) {
                problems.add(new FieldProblem(i, "referrer.managerSignOff", "is required: this MARAC takes referrals"
                        + " only with the manager's sign-off; give the manager's name and job title"));
            }
            if (d == null || d.signedOffOn() == null) {
                problems.add(new FieldProblem(i, "referrer.signedOffOn", "is required: this MARAC takes referrals"
                        + " only with the manager's sign-off; give the date the manager signed it off"));
            }
        }
        return problems;
    }

}
