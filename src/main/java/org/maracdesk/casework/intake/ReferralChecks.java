package org.maracdesk.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maracdesk.casework.intake.PersonChecks.AgeRule;
import org.maracdesk.risk.Instrument;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.ReferralContext;
import org.maracdesk.risk.RiskEngine;
import org.maracdesk.risk.RiskInputException;
import org.maracdesk.risk.RiskThresholds;

/**
 * The rules a referral must meet before anything is recorded: required fields, dates that are
 * not in the future, plausible ages, a reason for every decision that needs one, the lengths the
 * store allows, and checklist answers the instrument accepts (checked by the risk engine itself).
 */
public final class ReferralChecks {
    private final InstrumentRegistry instruments;
    private final Clock clock;
    private final RiskEngine engine = new RiskEngine();

    public ReferralChecks(InstrumentRegistry instruments, Clock clock) {
        this.instruments = instruments;
        this.clock = clock;
    }

    /** Every problem of every referral, and form references used twice in the batch; null entries are skipped. */
    public List<FieldProblem> check(List<NewReferral> referrals) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < referrals.size(); i++) {
            if (referrals.get(i) == null) {
                continue;
            }
            problems.addAll(check(i, referrals.get(i)));
            String ref = referrals.get(i).formReference();
            if (ref != null && firstUse.putIfAbsent(ref, i) != null) {
                problems.add(new FieldProblem(i, "formReference", "is the same as an earlier referral's in this import"));
            }
        }
        return problems;
    }

    public List<FieldProblem> check(int index, NewReferral r) {
        Problems p = new Problems(index);
        p.maxLength("formReference", r.formReference(), 64);
        LocalDate date = referralDate(p, r.referralDate());
        decision(p, r);
        referrer(p, r);
        PersonChecks.check(p, "victim", r.victim(), date, AgeRule.VICTIM);
        if (r.perpetrators().isEmpty()) {
            p.add("perpetrators", "at least one perpetrator is required");
        }
        related(p, "perpetrators", r.perpetrators(), date, AgeRule.ADULT_OR_CHILD);
        related(p, "children", r.children(), date, AgeRule.CHILD);
        related(p, "othersAtRisk", r.othersAtRisk(), date, AgeRule.ADULT_OR_CHILD);
        narrative(p, r);
        previousMarac(p, r, date);
        mustNotReceive(p, r.mustNotReceive());
        risk(p, r, date);
        return p.list();
    }

    private LocalDate referralDate(Problems p, LocalDate date) {
        if (!p.required("referralDate", date)) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            p.add("referralDate", "is in the future (today is " + today + ")");
        }
        return date;
    }

    private static void decision(Problems p, NewReferral r) {
        if (p.required("status", r.status()) && r.status().needsReason()) {
            p.required("decisionReason", r.decisionReason());
        }
        p.maxLength("decisionReason", r.decisionReason(), 4000);
    }

    private void referrer(Problems p, NewReferral r) {
        p.required("referrer.agency", r.referringAgency());
        if (p.required("referrer.name", r.referrer() == null ? null : r.referrer().name())) {
            p.maxLength("referrer.name", r.referrer().name(), 200);
            p.maxLength("referrer.role", r.referrer().role(), 200);
            p.maxLength("referrer.phone", r.referrer().phone(), 40);
            p.maxLength("referrer.email", r.referrer().email(), 254);
            p.maxLength("referrer.managerSignOff", r.referrer().managerSignOff(), 200);
            LocalDate signed = r.referrer().signedOffOn();
            if (signed != null && signed.isAfter(LocalDate.now(clock))) {
                p.add("referrer.signedOffOn", "is in the future (today is " + LocalDate.now(clock) + ")");
            }
        }
    }

    private static void related(Problems p, String path, List<RelatedPerson> people, LocalDate date, AgeRule rule) {
        for (int i = 0; i < people.size(); i++) {
            String at = path + "[" + i + "]";
            RelatedPerson person = people.get(i);
            PersonChecks.check(p, at, person.person(), date, rule);
            p.maxLength(at + ".relationshipToVictim", person.relationshipToVictim(), 80);
            p.maxLength(at + ".relationshipToPerpetrator", person.relationshipToPerpetrator(), 80);
            p.maxLength(at + ".livesWith", person.livesWith(), 200);
            p.maxLength(at + ".school", person.school(), 200);
            p.maxLength(at + ".note", person.note(), 4000);
        }
    }

    private static void narrative(Problems p, NewReferral r) {
        p.maxLength("incidentSummary", r.incidentSummary(), 20000);
        if (r.voice() != null) {
            p.maxLength("victimVoice.summary", r.voice().summary(), 20000);
            p.maxLength("victimVoice.fears", r.voice().fears(), 4000);
            p.maxLength("victimVoice.safeToTalkTo", r.voice().safeToTalkTo(), 4000);
            p.maxLength("victimVoice.notSafeToTalkTo", r.voice().notSafeToTalkTo(), 4000);
            p.maxLength("victimVoice.wants", r.voice().wants(), 4000);
        }
        if (r.consent() != null) {
            p.maxLength("consent.note", r.consent().note(), 4000);
        }
        if (r.police() != null) {
            p.maxLength("police.reference", r.police().reference(), 64);
            p.maxLength("police.crimeNumbers", r.police().crimeNumbers(), 400);
        }
    }

    private static void previousMarac(Problems p, NewReferral r, LocalDate date) {
        if (r.previousMarac() == null) {
            return;
        }
        p.maxLength("previousMarac.area", r.previousMarac().area(), 120);
        LocalDate previous = r.previousMarac().date();
        if (previous != null && date != null && previous.isAfter(date)) {
            p.add("previousMarac.date", "is after the referral date");
        }
    }

    private static void mustNotReceive(Problems p, List<MustNotReceiveEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            String at = "mustNotReceive[" + i + "]";
            MustNotReceiveEntry e = entries.get(i);
            if (e.agency() == null && (e.personName() == null || e.personName().isBlank())) {
                p.add(at, "name an agency or a person");
            }
            p.maxLength(at + ".person", e.personName(), 200);
            p.required(at + ".reason", e.reason());
            p.maxLength(at + ".reason", e.reason(), 4000);
            for (int j = 0; j < i; j++) {
                MustNotReceiveEntry earlier = entries.get(j);
                if (MustNotReceiveService.sameEntry(earlier.agency() == null ? null : earlier.agency().code(),
                        earlier.personName(), e)) {
                    p.add(at, "is already on the list (mustNotReceive[" + j + "])");
                    break;
                }
            }
        }
    }

    private void risk(Problems p, NewReferral r, LocalDate date) {
        if (!p.required("risk", r.risk()) || date == null) {
            return;
        }
        Instrument instrument = instruments.find(r.risk().answers().instrumentId()).orElse(null);
        if (instrument == null) {
            p.add("risk.instrument", "is not a known instrument; use one of " + instruments.ids());
            return;
        }
        p.maxLength("risk.professionalJudgement", r.risk().professionalJudgement(), 4000);
        if (AnswersJson.write(r.risk().answers()).length() > 20000) {
            p.add("risk.answers", "the answers with their comments are longer than 20000 characters");
        }
        try {
            engine.score(instrument, r.risk().answers(), new ReferralContext(date,
                    r.risk().policeIncidentsLast12Months(), null, r.risk().professionalJudgement()), RiskThresholds.defaults());
        } catch (RiskInputException e) {
            p.add("risk." + e.field(), e.problem());
        }
    }
}
