package org.maracdesk.risk;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scored checklist that explains itself. DASH fields come first; the optional ones are filled
 * only by instruments that have them ({@code screenedIn} for LAP, {@code norm} for ODARA).
 *
 * @param band empty when the instrument has no bands (ODARA, LAP, S-DASH)
 * @param seriousFactors items tagged serious and answered yes, in item order
 * @param rules every rule of the instrument and whether it fired (the DASH cluster rule among them)
 * @param notAsked items answered not asked or missing from the answers: reported, never counted as no
 * @param dontKnow items answered don't know: not counted
 * @param sources item id → who answered, for answers not given by the victim
 * @param routeDecisions the four referral routes in {@link ReferralRoute} order, each with its reason
 * @param screenedIn present when the instrument has screen-in rules
 */
public record RiskResult(String instrumentId, String version, String title, int score, int maxScore,
        Optional<String> band, RiskThresholds thresholds, List<String> seriousFactors, List<RuleOutcome> rules,
        List<String> notAsked, List<String> dontKnow, Map<String, String> sources, List<RouteDecision> routeDecisions,
        Optional<String> professionalJudgement, Optional<Boolean> screenedIn, Optional<NormResult> norm,
        String guidance) {

    public RiskResult {
        seriousFactors = List.copyOf(seriousFactors);
        rules = List.copyOf(rules);
        notAsked = List.copyOf(notAsked);
        dontKnow = List.copyOf(dontKnow);
        sources = Map.copyOf(sources);
        routeDecisions = List.copyOf(routeDecisions);
    }

    /** The routes that are met. */
    public Set<ReferralRoute> routes() {
        Set<ReferralRoute> met = EnumSet.noneOf(ReferralRoute.class);
        routeDecisions.stream().filter(RouteDecision::met).forEach(d -> met.add(d.route()));
        return met;
    }

    /** One sentence per route saying why it was or was not met. */
    public Map<ReferralRoute, String> explanations() {
        Map<ReferralRoute, String> explanations = new EnumMap<>(ReferralRoute.class);
        routeDecisions.forEach(d -> explanations.put(d.route(), d.explanation()));
        return explanations;
    }

    public boolean meets(ReferralRoute route) {
        return routes().contains(route);
    }

    /** True when at least one route to MARAC is met. */
    public boolean meetsReferralCriteria() {
        return !routes().isEmpty();
    }

    /** The first cluster rule (the DASH "cluster of three"), if the instrument has one. */
    public Optional<RuleOutcome.Cluster> cluster() {
        return rules.stream().filter(RuleOutcome.Cluster.class::isInstance).map(RuleOutcome.Cluster.class::cast)
                .findFirst();
    }

    /** The outcome of the rule with this id. */
    public Optional<RuleOutcome> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** True when every item was answered yes, no or don't know. */
    public boolean complete() {
        return notAsked.isEmpty();
    }
}
