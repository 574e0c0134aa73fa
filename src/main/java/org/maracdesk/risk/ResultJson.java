package org.maracdesk.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;

/**
 * Renders a {@link RiskResult} as JSON. Field order: instrument, version, title, score, maxScore,
 * band, seriousFactors, cluster, notAsked, dontKnow, complete, routes, meetsReferralCriteria,
 * explanations, then rules, sources, thresholds, professionalJudgement and the optional
 * screenedIn / norm / guidance.
 */
public final class ResultJson {

    public String render(RiskResult result) {
        try {
            return Json.MAPPER.writeValueAsString(tree(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a risk result", e);
        }
    }

    public ObjectNode tree(RiskResult r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("instrument", r.instrumentId()).put("version", r.version()).put("title", r.title())
                .put("score", r.score()).put("maxScore", r.maxScore()).put("band", r.band().orElse(null));
        o.set("seriousFactors", strings(r.seriousFactors()));
        o.set("cluster", r.cluster().map(this::cluster).orElse(null));
        o.set("notAsked", strings(r.notAsked()));
        o.set("dontKnow", strings(r.dontKnow()));
        o.put("complete", r.complete());
        o.set("routes", strings(r.routes().stream().map(Enum::name).toList()));
        o.put("meetsReferralCriteria", r.meetsReferralCriteria());
        ObjectNode explanations = o.putObject("explanations");
        r.explanations().forEach((route, why) -> explanations.put(route.name(), why));
        ArrayNode rules = o.putArray("rules");
        r.rules().forEach(rule -> rules.add(rule(rule)));
        ObjectNode sources = o.putObject("sources");
        r.sources().entrySet().stream().sorted(Map.Entry.comparingByKey(ResultJson::itemOrder))
                .forEach(e -> sources.put(e.getKey(), e.getValue()));
        o.set("thresholds", thresholds(r.thresholds()));
        o.put("professionalJudgement", r.professionalJudgement().orElse(null));
        r.screenedIn().ifPresent(screened -> o.put("screenedIn", screened));
        r.norm().ifPresent(norm -> o.set("norm", norm(norm)));
        if (!r.guidance().isEmpty()) {
            o.put("guidance", r.guidance());
        }
        return o;
    }

    private ObjectNode cluster(RuleOutcome.Cluster c) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("id", c.id()).put("fired", c.fired());
        ArrayNode parts = o.putArray("parts");
        for (RuleOutcome.PartOutcome p : c.parts()) {
            ObjectNode part = parts.addObject().put("id", p.id()).put("text", p.text()).put("present", p.present());
            part.set("items", strings(p.items()));
            part.set("yes", strings(p.yes()));
        }
        return o.put("explanation", c.explanation());
    }

    private ObjectNode rule(RuleOutcome rule) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("id", rule.id()).put("type", rule.type())
                .put("effect", rule.effect().jsonName()).put("fired", rule.fired());
        if (rule instanceof RuleOutcome.Items items) {
            o.set("items", strings(items.items()));
            o.set("yes", strings(items.yes()));
            o.put("needed", items.needed());
        }
        return o.put("explanation", rule.explanation());
    }

    private ObjectNode thresholds(RiskThresholds t) {
        return Json.MAPPER.createObjectNode().put("visibleHighRisk", t.visibleHighRisk())
                .put("mediumFrom", t.mediumFrom()).put("escalationIncidents", t.escalationIncidents())
                .put("repeatWindowMonths", t.repeatWindowMonths());
    }

    private ObjectNode norm(NormResult n) {
        NormRow row = n.row();
        return Json.MAPPER.createObjectNode().put("version", n.version()).put("source", n.source())
                .put("scoreRange", row.range()).put("recidivismPercent", row.recidivismPercent())
                .put("samplePercent", row.samplePercent()).put("scoringLowerPercent", row.lowerPercent())
                .put("scoringHigherPercent", row.higherPercent()).put("unscoredItems", n.unscoredItems());
    }

    private static ArrayNode strings(Collection<String> values) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** q2 before q10: by length, then text. */
    private static int itemOrder(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
