package org.maracdesk.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Decides each of the four referral routes and says why. */
final class RouteAssessor {

    List<RouteDecision> assess(Instrument instrument, Tally tally, ReferralContext context, RiskThresholds thresholds,
                               java.util.Optional<String> officerGrading) {
        RouteDecision visible = instrument.gradedByOfficer() ? officerGraded(instrument, tally, officerGrading)
                : visibleHighRisk(instrument, tally, thresholds);
        return List.of(visible, professionalJudgement(context),
                escalation(context, thresholds), repeat(context, thresholds));
    }

    private RouteDecision visibleHighRisk(Instrument instrument, Tally tally, RiskThresholds thresholds) {
        ReferralRoute route = ReferralRoute.VISIBLE_HIGH_RISK;
        if (!instrument.usesMaracThresholds()) {
            return new RouteDecision(route, false, "Visible high risk is judged on the DASH RIC score; "
                    + instrument.id() + " has no visible-high-risk threshold");
        }
        int score = tally.score();
        int threshold = thresholds.visibleHighRisk();
        if (score >= threshold) {
            return new RouteDecision(route, true, "Score " + score + " is at or above the threshold " + threshold);
        }
        String why = "Score " + score + " is below the threshold " + threshold;
        int open = tally.notAsked().size() + tally.dontKnow().size();
        if (score + tally.uncertainWeight() >= threshold) {
            why += "; " + Words.count(open, "item was", "items were")
                    + " not asked or answered don't know, and they could take the score to the threshold";
        }
        return new RouteDecision(route, false, why);
    }

    /**
     * Police grade the DASH-27 by the officer's judgement, not by counting ticks (MARAC.md §1): visible high risk is
     * the officer's grading of high; the ticks are reported beside it, never compared with the threshold.
     */
    private static RouteDecision officerGraded(Instrument instrument, Tally tally, java.util.Optional<String> grading) {
        ReferralRoute route = ReferralRoute.VISIBLE_HIGH_RISK;
        String ticks = Words.count(tally.score(), "tick", "ticks") + " of " + instrument.maxScore()
                + " (information only: police grade " + instrument.id() + " by the officer's judgement, not by the count)";
        if (grading.isEmpty()) {
            return new RouteDecision(route, false, "The officer's grading was not given; " + ticks
                    + ". Ask the officer in charge for their grading, or refer on professional judgement");
        }
        return "high".equals(grading.get())
                ? new RouteDecision(route, true, "The officer graded the risk high; " + ticks)
                : new RouteDecision(route, false, "The officer graded the risk " + grading.get() + "; " + ticks);
    }

    private RouteDecision professionalJudgement(ReferralContext context) {
        return context.judgement()
                .map(reason -> new RouteDecision(ReferralRoute.PROFESSIONAL_JUDGEMENT, true,
                        "Professional judgement was chosen with a written reason"))
                .orElseGet(() -> new RouteDecision(ReferralRoute.PROFESSIONAL_JUDGEMENT, false,
                        "Professional judgement was not chosen"));
    }

    private RouteDecision escalation(ReferralContext context, RiskThresholds thresholds) {
        ReferralRoute route = ReferralRoute.POTENTIAL_ESCALATION;
        if (context.policeIncidents().isEmpty()) {
            return new RouteDecision(route, false,
                    "The number of police-reported incidents in the last 12 months was not given");
        }
        int incidents = context.policeIncidents().get();
        int needed = thresholds.escalationIncidents();
        String counted = Words.count(incidents, "police-reported incident", "police-reported incidents")
                + " in the last 12 months";
        return incidents >= needed
                ? new RouteDecision(route, true, counted + "; " + needed + " or more meet potential escalation")
                : new RouteDecision(route, false, counted + "; " + needed + (needed == 1 ? " is" : " are") + " needed");
    }

    /*
     * REPEAT (MARAC.md §2.9): a referral within the repeat window (12 months) of the last MARAC
     * referral/listing; an incident "more than 12 months" after it is a new referral. The window is
     * counted in calendar months and ends on the anniversary, lastListing.plusMonths(window), which is
     * itself still inside: a referral is a repeat when lastListing <= referralDate <= anniversary.
     * Listed 2025-03-10: referred 2026-03-09 (364 days) or 2026-03-10 (365 days) is a repeat,
     * 2026-03-11 (366 days) is new. When the year holds a 29 February the anniversary is 366 days
     * away, so 366 days is then still a repeat and 367 is not. plusMonths keeps to the month's end:
     * listed 2024-02-29, the window ends 2025-02-28. The engine cannot check that the abuse is
     * between the same victim and perpetrator(s); the referrer states the last listing for this pair.
     */
    private RouteDecision repeat(ReferralContext context, RiskThresholds thresholds) {
        ReferralRoute route = ReferralRoute.REPEAT;
        if (context.lastListing().isEmpty()) {
            return new RouteDecision(route, false, "No earlier MARAC referral or listing of this victim and perpetrator was given");
        }
        LocalDate listed = context.lastListing().get();
        int months = thresholds.repeatWindowMonths();
        LocalDate windowEnd = listed.plusMonths(months);
        long days = ChronoUnit.DAYS.between(listed, context.referralDate());
        String since = "Last MARAC referral or listing " + listed + ", " + Words.count((int) days, "day", "days")
                + " before the referral, ";
        return context.referralDate().isAfter(windowEnd)
                ? new RouteDecision(route, false, since + "outside the " + months + "-month window, which ended "
                        + windowEnd + "; this is a new referral, not a repeat")
                : new RouteDecision(route, true, since + "within the " + months + "-month window (until "
                        + windowEnd + ")");
    }
}
