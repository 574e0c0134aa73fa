package org.maracdesk.ui.referrals;

import java.util.Map;
import java.util.Objects;
import org.maracdesk.casework.intake.NewReferral;
import org.maracdesk.casework.intake.PersonLinks;
import org.maracdesk.casework.intake.ReferralDraft;
import org.maracdesk.ui.common.Reapply;

/**
 * "Re-apply my change" on the referral form (decision 0051): the newest draft with what the user changed from the
 * version they started from put back on top, group by group and field by field ({@link Reapply#deep}). A person's
 * link to a stored person goes with that person: a list of people the user changed keeps the user's links, so a
 * link never points at someone else's position in the other desk's list.
 */
final class ReferralReapply {
    private ReferralReapply() {
    }

    static ReferralDraft onTop(ReferralDraft from, ReferralDraft mine, ReferralDraft newest) {
        if (from == null || mine == null) {
            return newest;
        }
        NewReferral form = Reapply.deep(from.form(), mine.form(), newest.form());
        PersonLinks was = from.links();
        PersonLinks typed = mine.links();
        PersonLinks theirs = newest.links();
        Long victim = Objects.equals(was.victim(), typed.victim())
                && Objects.equals(from.form().victim(), mine.form().victim()) ? theirs.victim() : typed.victim();
        return new ReferralDraft(newest.id(), newest.version(), form, new PersonLinks(victim,
                links(was.perpetrators(), typed.perpetrators(), theirs.perpetrators(),
                        Objects.equals(from.form().perpetrators(), mine.form().perpetrators())),
                links(was.children(), typed.children(), theirs.children(),
                        Objects.equals(from.form().children(), mine.form().children())),
                links(was.othersAtRisk(), typed.othersAtRisk(), theirs.othersAtRisk(),
                        Objects.equals(from.form().othersAtRisk(), mine.form().othersAtRisk()))));
    }

    private static Map<Integer, Long> links(Map<Integer, Long> was, Map<Integer, Long> typed,
                                            Map<Integer, Long> theirs, boolean peopleAsFound) {
        return peopleAsFound && was.equals(typed) ? theirs : typed;
    }
}
