package org.maracdesk.risk;

/**
 * One row of a norm table (ODARA): for scores {@code min..max}, the share of the development
 * sample who reoffended, the share in this range, and the shares scoring lower and higher.
 */
public record NormRow(int min, int max, int recidivismPercent, int samplePercent, int lowerPercent,
        int higherPercent) {

    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    /** {@code 3} or {@code 5–6}. */
    public String range() {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
