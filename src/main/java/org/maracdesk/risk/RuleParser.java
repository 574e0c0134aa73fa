package org.maracdesk.risk;

import java.util.List;

/** Reads the {@code rules} entries of an instrument file. */
final class RuleParser {

    Rule rule(JsonObject o) {
        String type = o.text("type");
        return switch (type) {
            case "any_of" -> anyOf(o.allowOnly(List.of("type", "id", "text", "effect", "items")));
            case "at_least" -> atLeast(o.allowOnly(List.of("type", "id", "text", "effect", "items", "min")));
            case "cluster" -> cluster(o.allowOnly(List.of("type", "id", "text", "effect", "parts")));
            case "judgement" -> judgement(o.allowOnly(List.of("type", "id", "text", "effect")));
            default -> throw new JsonFieldException(o.pathOf("type"), Words.quoted(type)
                    + " is not a rule type; use " + Words.oneOf(Rule.typeNames()));
        };
    }

    private Rule anyOf(JsonObject o) {
        return new Rule.AnyOf(o.text("id"), o.text("text"), effect(o), o.textArray("items"));
    }

    private Rule atLeast(JsonObject o) {
        return new Rule.AtLeast(o.text("id"), o.text("text"), effect(o), o.textArray("items"), o.intValue("min"));
    }

    private Rule judgement(JsonObject o) {
        return new Rule.Judgement(o.text("id"), o.text("text"), effect(o));
    }

    private Rule cluster(JsonObject o) {
        List<Rule.Part> parts = o.array("parts").stream().map(e -> part(e.asObject())).toList();
        return new Rule.Cluster(o.text("id"), o.text("text"), effect(o), parts);
    }

    private Rule.Part part(JsonObject o) {
        o.allowOnly(List.of("id", "text", "items"));
        return new Rule.Part(o.text("id"), o.text("text"), o.textArray("items"));
    }

    private RuleEffect effect(JsonObject o) {
        String name = o.optText("effect").orElse(RuleEffect.FLAG.jsonName());
        return RuleEffect.fromJson(name).orElseThrow(() -> new JsonFieldException(o.pathOf("effect"),
                Words.quoted(name) + " is not a rule effect; use " + Words.oneOf(RuleEffect.jsonNames())));
    }
}
