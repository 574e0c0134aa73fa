package org.maracdesk.risk;

/**
 * A named score range, inclusive at both ends.
 *
 * @param max null when the band is open-ended ("14+")
 */
public record Band(String id, int min, Integer max) {

    public boolean contains(int score) {
        return score >= min && (max == null || score <= max);
    }

    /** {@code 10–13} or {@code 14+}. */
    public String range() {
        return max == null ? min + "+" : min + "–" + max;
    }
}
