package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.ReferralFlag;

/**
 * One fictional MARAC referral.
 *
 * <p>{@code dashAnswers} maps "q1".."q24" (SafeLives RIC order, MARAC.md 1.2) to {@link #YES}, {@link #NO},
 * {@link #DONT_KNOW} or {@link #NOT_ASKED}, iterating in item order. {@code policeIncidentsLast12Months} is null
 * when the referrer did not know. {@code professionalJudgementReason} is set only for referrals made on professional
 * judgement (score below 14). {@code repeatOfIndex} is the index of the victim's previous referral, whose victim is
 * the same {@link SyntheticPerson} instance. {@code perpetratorRelationships} runs parallel to {@code perpetrators}
 * and says what each is to the victim ("ex-partner", "son", "mother-in-law", ...). {@code transferIn}: the victim
 * moved in from another MARAC area (a field of its own on the domain's referral and listing, not a flag).
 */
public record SyntheticReferral(int index, String caseReference, LocalDate referralDate, Agency referringAgency,
                                String referrerName, SyntheticPerson victim, List<SyntheticPerson> perpetrators,
                                List<SyntheticPerson> children, List<SyntheticPerson> othersAtRisk,
                                Map<String, String> dashAnswers, Integer policeIncidentsLast12Months,
                                String professionalJudgementReason, Integer repeatOfIndex, Set<ReferralFlag> flags,
                                boolean transferIn,
                                String incidentSummary, String victimVoice, List<String> perpetratorRelationships) {

    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String DONT_KNOW = "dont_know";
    public static final String NOT_ASKED = "not_asked";
    /** All answer values, in the order yes, no, dont_know, not_asked. */
    public static final List<String> ANSWER_VALUES = List.of(YES, NO, DONT_KNOW, NOT_ASKED);
    /** "q1".."q24". */
    public static final List<String> DASH_KEYS;

    static {
        String[] keys = new String[DashAnswers.ITEMS];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = DashAnswers.key(i);
        }
        DASH_KEYS = List.of(keys);
    }

    /** Score at or above which a referral is visible high risk. */
    public static final int HIGH_RISK_THRESHOLD = 14;
    /** Police incidents in 12 months at or above which a referral shows potential escalation. */
    public static final int ESCALATION_INCIDENTS = 3;

    public SyntheticReferral {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(referralDate, "referralDate");
        Objects.requireNonNull(referringAgency, "referringAgency");
        Objects.requireNonNull(referrerName, "referrerName");
        Objects.requireNonNull(victim, "victim");
        perpetrators = List.copyOf(perpetrators);
        children = List.copyOf(children);
        othersAtRisk = List.copyOf(othersAtRisk);
        dashAnswers = DashAnswers.copyOf(dashAnswers);
        flags = FlagSets.copyOf(flags);
        Objects.requireNonNull(incidentSummary, "incidentSummary");
        Objects.requireNonNull(victimVoice, "victimVoice");
        perpetratorRelationships = List.copyOf(perpetratorRelationships);
        if (perpetratorRelationships.size() != perpetrators.size()) {
            throw new IllegalArgumentException("one relationship per perpetrator");
        }
        if (repeatOfIndex != null && repeatOfIndex >= index) {
            throw new IllegalArgumentException("repeatOfIndex must point to an earlier referral");
        }
    }

    /** Number of "yes" answers (0..24). */
    public int dashScore() {
        return ((DashAnswers) dashAnswers).countYes();
    }

    /** The MARAC district covering the victim's address. */
    public String district() {
        return victim.address().district();
    }

    public boolean isRepeat() {
        return repeatOfIndex != null;
    }

    /** Every referral route this referral satisfies (never empty for generated data). */
    public Set<ReferralGround> grounds() {
        EnumSet<ReferralGround> g = EnumSet.noneOf(ReferralGround.class);
        if (dashScore() >= HIGH_RISK_THRESHOLD) {
            g.add(ReferralGround.VISIBLE_HIGH_RISK);
        }
        if (professionalJudgementReason != null) {
            g.add(ReferralGround.PROFESSIONAL_JUDGEMENT);
        }
        if (policeIncidentsLast12Months != null && policeIncidentsLast12Months >= ESCALATION_INCIDENTS) {
            g.add(ReferralGround.POTENTIAL_ESCALATION);
        }
        if (repeatOfIndex != null) {
            g.add(ReferralGround.REPEAT);
        }
        return g;
    }
}
