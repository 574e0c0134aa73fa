package org.maracdesk.risk;

import java.util.List;
import java.util.Optional;

/**
 * A risk instrument loaded from its JSON file. Score = sum of the weights of the items answered
 * yes (a plain count when every weight is 1).
 *
 * @param licence provenance and licence note, shown with the instrument
 * @param guidance how to read the result (may be empty)
 */
public record Instrument(String id, String version, String title, String licence, String guidance,
        List<Item> items, Banding banding, List<Rule> rules, Optional<NormTable> norms) {

    public Instrument {
        items = List.copyOf(items);
        rules = List.copyOf(rules);
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public List<String> itemIds() {
        return items.stream().map(Item::id).toList();
    }

    /** The highest possible score: every item answered yes. */
    public int maxScore() {
        return items.stream().mapToInt(Item::weight).sum();
    }

    /** True when the band is the police officer's grading and the score is information only (DASH-27). */
    public boolean gradedByOfficer() {
        return banding instanceof Banding.Officer;
    }

    /** True when the score is compared with the MARAC's visible-high-risk threshold (DASH). */
    public boolean usesMaracThresholds() {
        return banding instanceof Banding.Marac;
    }
}
