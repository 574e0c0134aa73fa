package org.maracdesk.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the {@code rules} of an instrument: unique ids, known items, sensible counts. */
final class RuleValidator {
    private final Instrument instrument;
    private final List<String> problems;

    RuleValidator(Instrument instrument, List<String> problems) {
        this.instrument = instrument;
        this.problems = problems;
    }

    void check() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < instrument.rules().size(); i++) {
            Rule rule = instrument.rules().get(i);
            String path = "rules[" + i + "]";
            if (!ids.add(rule.id())) {
                add(path + ".id", "duplicate rule id " + rule.id());
            }
            checkRule(rule, path);
        }
    }

    private void checkRule(Rule rule, String path) {
        if (rule instanceof Rule.AnyOf r) {
            checkItems(r.items(), path + ".items");
        } else if (rule instanceof Rule.AtLeast r) {
            checkItems(r.items(), path + ".items");
            if (r.min() < 1 || r.min() > r.items().size()) {
                add(path + ".min", r.min() + " is not possible; use 1 to " + r.items().size()
                        + " (the number of items listed)");
            }
        } else if (rule instanceof Rule.Cluster r) {
            checkCluster(r, path);
        }
        // a judgement rule needs no items: it fires on the written professional judgement
    }

    private void checkCluster(Rule.Cluster cluster, String path) {
        if (cluster.parts().size() < 2) {
            add(path + ".parts", "a cluster needs at least two parts");
        }
        Set<String> ids = new HashSet<>();
        for (int p = 0; p < cluster.parts().size(); p++) {
            Rule.Part part = cluster.parts().get(p);
            if (!ids.add(part.id())) {
                add(path + ".parts[" + p + "].id", "duplicate part id " + part.id());
            }
            checkItems(part.items(), path + ".parts[" + p + "].items");
        }
    }

    private void checkItems(List<String> items, String path) {
        if (items.isEmpty()) {
            add(path, "must list at least one item");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String itemId = items.get(i);
            if (instrument.item(itemId).isEmpty()) {
                add(path + "[" + i + "]", itemId + " is not an item of " + instrument.id());
            } else if (!seen.add(itemId)) {
                add(path + "[" + i + "]", itemId + " is listed twice");
            }
        }
    }

    private void add(String field, String problem) {
        problems.add(field + ": " + problem);
    }
}
