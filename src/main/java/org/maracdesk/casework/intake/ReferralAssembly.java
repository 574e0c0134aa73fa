package org.maracdesk.casework.intake;

import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.Referral;
import org.maracdesk.risk.Instrument;

/** Builds the referral entity from the command: everything the form said, before the score. */
final class ReferralAssembly {
    private ReferralAssembly() {
    }

    /** @param draft the screen draft that becomes this referral; null for a new one */
    static Referral build(NewReferral r, Person victim, MaracCase maracCase, IntakeContext ctx, Referral draft) {
        Referral referral = draft != null ? draft
                : new Referral(victim, r.referralDate(), r.referringAgency().code(), r.referrer());
        referral.describe(victim, r.referralDate(), r.referringAgency().code(), r.referrer());
        referral.setDraftForm(null);
        referral.decide(r.status(), blankToNull(r.decisionReason()), maracCase);
        referral.setSource(r.formReference(), ctx.recordedBy(), ctx.clock().instant());
        Instrument instrument = ctx.instruments().get(r.risk().answers().instrumentId());
        referral.setChecklist(instrument.id(), instrument.version(), AnswersJson.write(r.risk().answers()));
        referral.setGrounds(r.risk().policeIncidentsLast12Months(), blankToNull(r.risk().professionalJudgement()));
        referral.setFlags(r.flags());
        referral.setNarrative(blankToNull(r.incidentSummary()), r.voice());
        referral.setConsent(r.consent());
        referral.setPolice(r.police());
        referral.setTransfer(r.transferIn(), r.previousMarac());
        referral.setCircumstances(r.circumstances());
        return referral;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
