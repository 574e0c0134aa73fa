package org.maracdesk.demo.synthetic;

import static org.maracdesk.demo.synthetic.DashAnswers.ANIMALS;
import static org.maracdesk.demo.synthetic.DashAnswers.STALKING;
import static org.maracdesk.demo.synthetic.Tables.ints;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.ReferralFlag;

/** One referral of a household: referring agency, route, incidents, answers, flags and texts. */
final class ReferralMaker {
    private enum Route { VISIBLE_HIGH_RISK, PROFESSIONAL_JUDGEMENT, POTENTIAL_ESCALATION, REPEAT_ONLY }

    private static final Weighted<Route> NEW_ROUTE = Weighted.<Route>builder()
        .add(Route.VISIBLE_HIGH_RISK, 75).add(Route.PROFESSIONAL_JUDGEMENT, 15)
        .add(Route.POTENTIAL_ESCALATION, 10).build();
    private static final Weighted<Route> REPEAT_ROUTE = Weighted.<Route>builder()
        .add(Route.VISIBLE_HIGH_RISK, 58).add(Route.PROFESSIONAL_JUDGEMENT, 10)
        .add(Route.POTENTIAL_ESCALATION, 10).add(Route.REPEAT_ONLY, 22).build();
    private static final Weighted<Integer> HIGH_SCORE = ints(14, 14, 15, 14, 16, 13, 17, 12, 18, 11, 19, 9, 20, 8,
        21, 6, 22, 5, 23, 4, 24, 2);
    private static final Weighted<Integer> MEDIUM_SCORE = ints(10, 20, 11, 23, 12, 27, 13, 30);
    private static final Weighted<Integer> BASE_INCIDENTS = ints(0, 22, 1, 28, 2, 20, 3, 12, 4, 8, 5, 5, 6, 3, 7, 1,
        9, 1);
    private static final Weighted<Integer> ESCALATION_INCIDENTS = ints(3, 35, 4, 25, 5, 15, 6, 10, 7, 6, 8, 4, 9, 3,
        12, 2);
    private static final Weighted<Agency> REFERRER_WITH_CHILDREN = agencies(true);
    private static final Weighted<Agency> REFERRER_NO_CHILDREN = agencies(false);

    private final Rng caseRng;
    private final AnswerMaker dash;
    private final CaseTexts texts;
    private final StaffRoster staff;
    private final Map<Integer, int[]> referenceCounters = new HashMap<>();

    ReferralMaker(Rng caseRng, CaseTexts texts, StaffRoster staff) {
        this.caseRng = caseRng;
        this.dash = new AnswerMaker(caseRng);
        this.texts = texts;
        this.staff = staff;
    }

    SyntheticReferral referral(int index, LocalDate date, Household h, Integer repeatOf) {
        Rng rng = caseRng;
        boolean repeat = repeatOf != null;
        boolean hasChildren = !h.children.isEmpty();
        Agency agency = (hasChildren ? REFERRER_WITH_CHILDREN : REFERRER_NO_CHILDREN).pick(rng);
        Route route = (repeat ? REPEAT_ROUTE : NEW_ROUTE).pick(rng);
        int target = switch (route) {
            case VISIBLE_HIGH_RISK -> HIGH_SCORE.pick(rng);
            case PROFESSIONAL_JUDGEMENT -> rng.chance(0.8) ? MEDIUM_SCORE.pick(rng) : rng.between(5, 9);
            case POTENTIAL_ESCALATION -> rng.between(6, 13);
            case REPEAT_ONLY -> rng.between(3, 13);
        };
        Integer incidents = incidents(route, agency, repeat);
        DashAnswers answers = dash.answers(h, target, incidents, repeat, date, agency);

        int flags = 0;
        if (h.pets || answers.isYes(ANIMALS)) {
            flags |= FlagSets.bit(ReferralFlag.PETS);
        }
        if (h.noRecourse) {
            flags |= FlagSets.bit(ReferralFlag.NO_RECOURSE_TO_PUBLIC_FUNDS);
        }
        if (rng.chance(answers.isYes(STALKING) ? 0.22 : 0.04)) {
            flags |= FlagSets.bit(ReferralFlag.TECH_FACILITATED_ABUSE);
        }
        if (h.kind.intimate && rng.chance(0.04)) {
            flags |= FlagSets.bit(ReferralFlag.COUNTER_ALLEGATION);
        }
        if (h.kind == Household.Kind.CAPVA_CHILD) {
            flags |= FlagSets.bit(ReferralFlag.CAPVA);
        }
        if (h.rural) {
            flags |= FlagSets.bit(ReferralFlag.RURAL);
        }
        boolean transferIn = !repeat && rng.chance(0.03);

        CaseTexts.Context context = new CaseTexts.Context(h, answers, incidents, repeat, flags, transferIn, date);
        String reason = route == Route.PROFESSIONAL_JUDGEMENT ? texts.professionalJudgementReason(context) : null;
        String summary = texts.incidentSummary(context);
        String voice = texts.victimVoice(context);
        String referrer = rng.pick(staff.team(h.district, agency));
        return new SyntheticReferral(index, caseReference(date), date, agency, referrer, h.victim, h.perpetrators,
            h.children, h.othersAtRisk, answers, incidents, reason, repeatOf, FlagSets.of(flags), transferIn, summary,
            voice, h.relationships);
    }

    private String caseReference(LocalDate date) {
        int year = date.getYear();
        int n = ++referenceCounters.computeIfAbsent(year, y -> new int[1])[0];
        String digits = Integer.toString(n);
        StringBuilder b = new StringBuilder(16).append("MD-").append(year).append('-');
        for (int pad = digits.length(); pad < 5; pad++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }

    private Integer incidents(Route route, Agency agency, boolean repeat) {
        if (route == Route.POTENTIAL_ESCALATION) {
            return ESCALATION_INCIDENTS.pick(caseRng);
        }
        if (agency != Agency.POLICE && caseRng.chance(0.3)) {
            return null;
        }
        int n = BASE_INCIDENTS.pick(caseRng);
        if (repeat && caseRng.chance(0.5)) {
            n++;
        }
        if (agency == Agency.POLICE && n == 0) {
            n = 1; // the incident that led to the referral was reported
        }
        return n;
    }

    /** Referring agencies: police about 62%, partner agencies the rest (MARAC.md 2.11). */
    private static Weighted<Agency> agencies(boolean children) {
        return Weighted.<Agency>builder()
            .add(Agency.POLICE, 62).add(Agency.IDVA, 11).add(Agency.CHILDRENS_SOCIAL_CARE, children ? 8 : 0)
            .add(Agency.ACUTE_HEALTH, 4).add(Agency.HOUSING, 4).add(Agency.GP, 2)
            .add(Agency.MENTAL_HEALTH, 2.5).add(Agency.PROBATION, 2).add(Agency.ADULT_SOCIAL_CARE, 1.5)
            .add(Agency.EDUCATION, children ? 1.5 : 0).add(Agency.SUBSTANCE_MISUSE, 1.5)
            .add(Agency.SPECIALIST, 2.5).build();
    }
}
