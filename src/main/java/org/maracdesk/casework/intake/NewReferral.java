package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Consent;
import org.maracdesk.casework.PoliceDetails;
import org.maracdesk.casework.PreviousMarac;
import org.maracdesk.casework.ReferralCircumstances;
import org.maracdesk.casework.ReferralFlag;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.casework.VictimVoice;

/**
 * One referral to record (MARAC.md §2.3), as an online form or the referral screen gives it.
 *
 * @param formReference the sending form's own id, so the same referral is never recorded twice; may be null
 * @param decisionReason required for Idva-only and declined referrals
 * @param consent, voice, police, previousMarac may be null
 * @param circumstances the further §2.3 fields (decision 0046); may be null
 */
public record NewReferral(String formReference, LocalDate referralDate, ReferralStatus status, String decisionReason,
        Agency referringAgency, ReferrerDetails referrer, PersonDetails victim, List<RelatedPerson> perpetrators,
        List<RelatedPerson> children, List<RelatedPerson> othersAtRisk, RiskInput risk, Set<ReferralFlag> flags,
        Consent consent, VictimVoice voice, String incidentSummary, PoliceDetails police, PreviousMarac previousMarac,
        boolean transferIn, List<MustNotReceiveEntry> mustNotReceive, ReferralCircumstances circumstances) {

    /** A referral without the further §2.3 fields. */
    public NewReferral(String formReference, LocalDate referralDate, ReferralStatus status, String decisionReason,
            Agency referringAgency, ReferrerDetails referrer, PersonDetails victim, List<RelatedPerson> perpetrators,
            List<RelatedPerson> children, List<RelatedPerson> othersAtRisk, RiskInput risk, Set<ReferralFlag> flags,
            Consent consent, VictimVoice voice, String incidentSummary, PoliceDetails police,
            PreviousMarac previousMarac, boolean transferIn, List<MustNotReceiveEntry> mustNotReceive) {
        this(formReference, referralDate, status, decisionReason, referringAgency, referrer, victim, perpetrators,
                children, othersAtRisk, risk, flags, consent, voice, incidentSummary, police, previousMarac, transferIn,
                mustNotReceive, null);
    }

    public NewReferral {
        perpetrators = List.copyOf(perpetrators);
        children = List.copyOf(children);
        othersAtRisk = List.copyOf(othersAtRisk);
        flags = Set.copyOf(flags);
        mustNotReceive = List.copyOf(mustNotReceive);
    }

    public boolean accepted() {
        return status == ReferralStatus.ACCEPTED;
    }
}
