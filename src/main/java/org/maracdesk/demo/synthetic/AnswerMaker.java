package org.maracdesk.demo.synthetic;

import static org.maracdesk.demo.synthetic.DashAnswers.*;

import java.time.LocalDate;
import java.util.Arrays;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Gender;

/** A referral's DASH answers: how many "yes" the route needs, which items fit the household, the rest. */
final class AnswerMaker {
    /** Base "yes" weight per DASH item for an intimate-partner case; adjusted per case in {@link #itemWeights}. */
    private static final double[] BASE_WEIGHT = {
        0.60, 0.88, 0.85, 0.60, 0.62, 0.70, 0.30, 0.62, 0.00, 0.70, 0.72, 0.82,
        0.42, 0.55, 0.45, 0.33, 0.16, 0.42, 0.00, 0.52, 0.62, 0.38, 0.28, 0.58};
    /** Chance that a non-"yes" item is answered "don't know". */
    private static final double[] DONT_KNOW_RATE = {
        0.01, 0.03, 0.04, 0.04, 0.08, 0.01, 0.03, 0.04, 0.01, 0.07, 0.07, 0.04,
        0.06, 0.04, 0.06, 0.12, 0.14, 0.40, 0.02, 0.10, 0.22, 0.25, 0.18, 0.35};
    /** Items most often left unasked (sensitive, or easily skipped). */
    private static final int[] OFTEN_NOT_ASKED = {SEXUAL, DEPRESSED, SUICIDE, ANIMALS, FINANCIAL};

    private final Rng caseRng;

    AnswerMaker(Rng caseRng) {
        this.caseRng = caseRng;
    }

    DashAnswers answers(Household h, int target, Integer incidents, boolean repeat, LocalDate date,
                                Agency agency) {
        Rng rng = caseRng;
        double[] weight = itemWeights(h, incidents, repeat, date);
        // weighted sampling without replacement (Efraimidis-Spirakis): the `target` smallest keys say "yes"
        double[] key = new double[ITEMS];
        int[] order = new int[ITEMS];
        int eligible = 0;
        for (int i = 0; i < ITEMS; i++) {
            key[i] = weight[i] > 0 ? -StrictMath.log(1.0 - rng.nextDouble()) / weight[i]
                : Double.POSITIVE_INFINITY;
            if (weight[i] > 0) {
                eligible++;
            }
            int j = i;
            while (j > 0 && key[order[j - 1]] > key[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        byte[] codes = new byte[ITEMS];
        Arrays.fill(codes, NO);
        int yes = Math.min(target, eligible);
        for (int k = 0; k < yes; k++) {
            codes[order[k]] = YES;
        }
        double dkScale = agency == Agency.POLICE || agency == Agency.IDVA ? 1.0 : 1.4;
        for (int i = 0; i < ITEMS; i++) {
            if (codes[i] != YES && (weight[i] > 0 || i == ANIMALS) && rng.chance(DONT_KNOW_RATE[i] * dkScale)) {
                codes[i] = DONT_KNOW;
            }
        }
        double u = rng.nextDouble();
        int notAsked = u < 0.90 ? 0 : u < 0.98 ? rng.between(1, 2) : rng.between(3, 8);
        for (int k = 0; k < notAsked; k++) {
            int item = notAsked <= 2 ? OFTEN_NOT_ASKED[rng.nextInt(OFTEN_NOT_ASKED.length)] : rng.nextInt(ITEMS);
            if (codes[item] != YES) {
                codes[item] = NOT_ASKED;
            }
        }
        return new DashAnswers(codes);
    }

    /** Per-item "yes" weights for this household; 0 means the item cannot be "yes". */
    private double[] itemWeights(Household h, Integer incidents, boolean repeat, LocalDate date) {
        double[] w = BASE_WEIGHT.clone();
        Household.Kind kind = h.kind;
        SyntheticPerson v = h.victim;
        boolean family = !kind.intimate;
        w[SEPARATION] = kind.separated ? 0.95 : kind.intimate ? 0.4 : 0.12;
        w[STALKING] = kind.separated ? 0.8 : family ? 0.3 : w[STALKING];
        w[CHILD_CONTACT] = h.children.isEmpty() ? 0 : h.perpetratorIsParent ? 0.6 : 0.12;
        boolean baby = false;
        LocalDate eighteenMonths = date.minusMonths(18);
        for (SyntheticPerson c : h.children) {
            baby |= c.dateOfBirth().isAfter(eighteenMonths);
        }
        int victimAge = v.ageOn(date);
        w[PREGNANCY] = v.gender() == Gender.FEMALE && victimAge <= 50 && (baby || h.pregnant) ? 0.9 : 0;
        w[CONTROL] = kind == Household.Kind.CAPVA_CHILD ? 0.3 : family ? 0.45 : 0.85;
        w[SEXUAL] = kind == Household.Kind.CAPVA_CHILD ? 0 : family ? 0.04 : 0.33;
        w[OTHER_FEARED] = h.perpetrators.size() > 1 ? 0.9 : kind == Household.Kind.IN_LAW ? 0.7 : 0.16;
        w[ANIMALS] = h.pets ? 0.45 : 0;
        w[FINANCIAL] = h.noRecourse ? 0.95 : kind == Household.Kind.ADULT_CHILD ? 0.75 : w[FINANCIAL];
        w[ISOLATED] = v.diversity().interpreterNeeded() || kind == Household.Kind.IN_LAW ? 0.85 : w[ISOLATED];
        w[BREACHES] = repeat || incidents != null && incidents >= 3 ? 0.45 : w[BREACHES];
        w[DEPRESSED] += v.diversity().disabled() ? 0.1 : 0;
        if (kind == Household.Kind.CAPVA_CHILD) {
            w[THREATS_TO_KILL] = 0.2;
            w[STRANGULATION] = 0.1;
            w[WEAPONS] = 0.3;
            w[CRIMINAL_HISTORY] = 0.3;
        } else if (family) {
            w[THREATS_TO_KILL] *= 0.6;
            w[STRANGULATION] *= 0.6;
        }
        return w;
    }
}
