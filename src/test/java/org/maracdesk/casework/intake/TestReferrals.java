package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.risk.Answer;
import org.maracdesk.risk.AnswerSheet;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.ItemAnswer;

/** Invented referrals for intake tests. */
final class TestReferrals {
    static final LocalDate VICTIM_DOB = LocalDate.of(1991, 4, 17);

    private TestReferrals() {
    }

    static PersonDetails marnie() {
        return PersonDetails.named("Marnie", "Pellworth", VICTIM_DOB);
    }

    static RelatedPerson craig() {
        return RelatedPerson.of(PersonDetails.named("Craig", "Pellworth", LocalDate.of(1988, 11, 2)), "ex-partner");
    }

    /** A DASH RIC with the first {@code yes} items answered yes and the rest no. */
    static AnswerSheet dash(int yes) {
        Map<String, ItemAnswer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 24; i++) {
            answers.put("q" + i, ItemAnswer.of(i <= yes ? Answer.YES : Answer.NO));
        }
        return new AnswerSheet(InstrumentRegistry.DEFAULT_ID, answers);
    }

    static NewReferral referral(String ref, LocalDate date, PersonDetails victim, RelatedPerson... perpetrators) {
        return referral(ref, date, ReferralStatus.ACCEPTED, null, victim, perpetrators);
    }

    static NewReferral referral(String ref, LocalDate date, ReferralStatus status, String reason, PersonDetails victim,
                                RelatedPerson... perpetrators) {
        return new NewReferral(ref, date, status, reason, Agency.POLICE,
                new ReferrerDetails("DC Example Referrer", null, null, null, null), victim, List.of(perpetrators),
                List.of(), List.of(), new RiskInput(dash(15), 1, null), Set.of(), null, null, null, null, null, false,
                List.of());
    }
}
