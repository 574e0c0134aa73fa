package org.maracdesk.risk;

import java.util.List;

/** How one rule of the instrument came out on these answers, with a sentence saying why. */
public sealed interface RuleOutcome {

    String id();

    /** The JSON rule type: {@code any_of}, {@code at_least}, {@code cluster} or {@code judgement}. */
    String type();

    RuleEffect effect();

    boolean fired();

    String explanation();

    /** An {@code any_of} or {@code at_least} rule: which of its items are yes, and how many were needed. */
    record Items(String id, String type, RuleEffect effect, boolean fired, List<String> items, List<String> yes,
            int needed, String explanation) implements RuleOutcome {
        public Items {
            items = List.copyOf(items);
            yes = List.copyOf(yes);
        }
    }

    /** A cluster rule with each part and the items that make it up. */
    record Cluster(String id, RuleEffect effect, boolean fired, List<PartOutcome> parts, String explanation)
            implements RuleOutcome {
        public Cluster {
            parts = List.copyOf(parts);
        }

        @Override
        public String type() {
            return "cluster";
        }
    }

    /** One part of a cluster: its items, those answered yes, and whether it is present. */
    record PartOutcome(String id, String text, List<String> items, List<String> yes) {
        public PartOutcome {
            items = List.copyOf(items);
            yes = List.copyOf(yes);
        }

        public boolean present() {
            return !yes.isEmpty();
        }
    }

    /** A rule that fires on a written professional judgement (LAP's screener override). */
    record Judgement(String id, RuleEffect effect, boolean fired, String explanation) implements RuleOutcome {
        @Override
        public String type() {
            return "judgement";
        }
    }
}
