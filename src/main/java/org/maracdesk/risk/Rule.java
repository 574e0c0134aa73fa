package org.maracdesk.risk;

import java.util.List;

/** A decision rule of an instrument, declared in its JSON file under {@code rules}. */
public sealed interface Rule {

    String id();

    String text();

    RuleEffect effect();

    /** {@code "type": "any_of"}: fires when any listed item is yes. */
    record AnyOf(String id, String text, RuleEffect effect, List<String> items) implements Rule {
        public AnyOf {
            items = List.copyOf(items);
        }
    }

    /** {@code "type": "at_least"}: fires when {@code min} or more of the listed items are yes. */
    record AtLeast(String id, String text, RuleEffect effect, List<String> items, int min) implements Rule {
        public AtLeast {
            items = List.copyOf(items);
        }
    }

    /** {@code "type": "cluster"}: fires when every part has at least one item answered yes. */
    record Cluster(String id, String text, RuleEffect effect, List<Part> parts) implements Rule {
        public Cluster {
            parts = List.copyOf(parts);
        }
    }

    /** One part of a cluster (e.g. separation), present when any of its items is yes. */
    record Part(String id, String text, List<String> items) {
        public Part {
            items = List.copyOf(items);
        }
    }

    /**
     * {@code "type": "judgement"}: fires when the referral context gives a written professional
     * judgement (LAP's screener override).
     */
    record Judgement(String id, String text, RuleEffect effect) implements Rule {
    }

    /** The JSON {@code type} names. */
    static List<String> typeNames() {
        return List.of("any_of", "at_least", "cluster", "judgement");
    }
}
