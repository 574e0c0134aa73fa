package org.maracdesk.casework.intake;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * A retired district takes no new referrals: a referral whose victim's address names one is refused with the
 * other checks (decision 0037). Referrals and cases already recorded keep the name.
 */
final class RetiredDistricts {
    private RetiredDistricts() {
    }

    static List<FieldProblem> check(Session session, List<NewReferral> referrals) {
        List<String> retired = session.createSelectionQuery("select d.name from District d where d.retiredOn is not null",
                String.class).getResultList();
        List<FieldProblem> problems = new ArrayList<>();
        if (retired.isEmpty()) {
            return problems;
        }
        for (int i = 0; i < referrals.size(); i++) {
            NewReferral r = referrals.get(i);
            String district = r.victim() == null || r.victim().address() == null ? null : r.victim().address().district();
            if (district != null && retired.contains(district.strip())) {
                problems.add(new FieldProblem(i, "victim.district", "the district " + district.strip()
                        + " is retired and takes no new referrals; give the district that now covers the address"));
            }
        }
        return problems;
    }
}
