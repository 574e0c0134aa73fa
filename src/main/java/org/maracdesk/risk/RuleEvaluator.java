package org.maracdesk.risk;

import java.util.List;
import java.util.stream.Collectors;

/** Evaluates the rules of an instrument against a tally of answers. */
final class RuleEvaluator {

    List<RuleOutcome> evaluate(Instrument instrument, Tally tally, ReferralContext context) {
        return instrument.rules().stream().map(rule -> evaluate(rule, tally, context)).toList();
    }

    private RuleOutcome evaluate(Rule rule, Tally tally, ReferralContext context) {
        if (rule instanceof Rule.AnyOf r) {
            return count(r.id(), "any_of", r.effect(), r.items(), 1, tally);
        }
        if (rule instanceof Rule.AtLeast r) {
            return count(r.id(), "at_least", r.effect(), r.items(), r.min(), tally);
        }
        if (rule instanceof Rule.Cluster r) {
            return cluster(r, tally);
        }
        Rule.Judgement r = (Rule.Judgement) rule;
        boolean fired = context.judgement().isPresent();
        return new RuleOutcome.Judgement(r.id(), r.effect(), fired, fired
                ? "Fired on the written professional judgement"
                : "No professional judgement was written");
    }

    private RuleOutcome count(String id, String type, RuleEffect effect, List<String> items, int needed, Tally tally) {
        List<String> yes = items.stream().filter(tally::isYes).toList();
        boolean fired = yes.size() >= needed;
        String explanation;
        if (needed == 1) {
            explanation = fired
                    ? Words.allOf(yes) + (yes.size() == 1 ? " is" : " are") + " yes; any one of "
                            + Words.oneOf(items) + " is enough"
                    : "None of " + Words.oneOf(items) + " is yes";
        } else {
            explanation = yes.size() + " of the " + items.size() + " listed items " + (yes.size() == 1 ? "is" : "are")
                    + " yes" + (yes.isEmpty() ? "" : " (" + Words.allOf(yes) + ")") + "; " + needed + " are needed";
        }
        return new RuleOutcome.Items(id, type, effect, fired, items, yes, needed, explanation);
    }

    private RuleOutcome cluster(Rule.Cluster rule, Tally tally) {
        List<RuleOutcome.PartOutcome> parts = rule.parts().stream()
                .map(p -> new RuleOutcome.PartOutcome(p.id(), p.text(), p.items(),
                        p.items().stream().filter(tally::isYes).toList()))
                .toList();
        boolean fired = parts.stream().allMatch(RuleOutcome.PartOutcome::present);
        String explanation = fired
                ? "Every part is present: " + parts.stream().map(p -> p.id() + " (" + Words.allOf(p.yes()) + ")")
                        .collect(Collectors.joining(", "))
                : "Not every part is present: " + parts.stream().filter(p -> !p.present())
                        .map(p -> p.id() + " is missing (none of " + Words.oneOf(p.items()) + " is yes)")
                        .collect(Collectors.joining("; "));
        return new RuleOutcome.Cluster(rule.id(), rule.effect(), fired, parts, explanation);
    }
}
