package org.maracdesk.exchange.exports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the referral sources of a data return are published so that no count from 1 to 4 can be
 * recognised, neither on its own nor from the others.
 * <p>
 * The sources add up: police plus the rest make the cases discussed, and the named non-police
 * sources plus "other agencies" make the rest. A lone withheld figure in a sum is given away by
 * the others, so:
 * <ul>
 * <li>when the police figure or the non-police figure is from 1 to 4, both are withheld and no
 * source is broken down further (each withheld figure could then be anything from 1 to the total
 * less 1, and the total is at least 5 — a total from 1 to 4 is withheld itself);</li>
 * <li>otherwise each non-police source with 5 or more is named, and the sources with fewer are
 * counted together as "other agencies", never named; when that sum is itself from 1 to 4, the
 * smallest named source is counted with them, so it is 0 or at least 5.</li>
 * </ul>
 * The other groups that add up to the cases discussed (victims female, male and other or
 * unrecorded gender; cases with and without children) are flat: when any part is from 1 to 4,
 * every part of the group is withheld, zeros included ({@link #group}). Only the total is then
 * published, so each withheld part could be anything from 0 to the total less the others' least
 * (0), and the total is at least 5 — a total from 1 to 4 withholds every part of every group.
 * Withholding fewer parts (the smallest other part, say) lets a reader who knows the rule narrow
 * the small one: the part chosen is then known to be the smallest published, which bounds the
 * small part from below (decision 0034).
 * <p>
 * A withheld figure is printed as {@link DataReturn#WITHHELD} and has no percentage.
 */
final class ReturnSuppression {
    static final String OTHER = "other_agencies";

    private ReturnSuppression() {
    }

    /**
     * The published parts of a flat additive group whose parts add up to {@code total}, in the
     * given order; a withheld part maps to null. Nothing is withheld when no part is from 1 to 4;
     * otherwise every part is, zeros included, so that the withheld parts add up only to the
     * total.
     */
    static Map<String, Long> group(long total, Map<String, Long> parts) {
        long sum = parts.values().stream().mapToLong(Long::longValue).sum();
        if (sum != total) {
            throw new IllegalStateException("the parts of an additive group must add up to the cases discussed");
        }
        boolean any = DataReturn.suppressed(total) || parts.values().stream().anyMatch(DataReturn::suppressed);
        Map<String, Long> out = new LinkedHashMap<>();
        parts.forEach((measure, n) -> out.put(measure, any ? null : n));
        return out;
    }

    /**
     * The published source figures in order (non-police, police, named sources, other agencies),
     * by measure name; a withheld figure maps to null.
     */
    static Map<String, Long> sources(long total, Map<String, Long> byAgency) {
        long police = byAgency.getOrDefault("police", 0L);
        long nonPolice = total - police;
        Map<String, Long> out = new LinkedHashMap<>();
        if (DataReturn.suppressed(total) || DataReturn.suppressed(police) || DataReturn.suppressed(nonPolice)) {
            out.put(DataReturn.NON_POLICE, nonPolice == 0 ? 0L : null);
            out.put(DataReturn.FROM + "police", police == 0 ? 0L : null);
            return out;
        }
        out.put(DataReturn.NON_POLICE, nonPolice);
        out.put(DataReturn.FROM + "police", police);
        Map<String, Long> named = new TreeMap<>();
        long other = 0;
        for (Map.Entry<String, Long> e : byAgency.entrySet()) {
            if (e.getKey().equals("police") || e.getValue() == 0) {
                continue;
            }
            if (e.getValue() >= DataReturn.SUPPRESS_BELOW) {
                named.put(e.getKey(), e.getValue());
            } else {
                other += e.getValue();
            }
        }
        if (DataReturn.suppressed(other)) {
            String smallest = named.entrySet().stream().min(Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElseThrow(
                            () -> new IllegalStateException("a non-police total of 5 or more has a source of 5 or more"));
            other += named.remove(smallest);
        }
        named.forEach((agency, n) -> out.put(DataReturn.FROM + agency, n));
        out.put(DataReturn.FROM + OTHER, other);
        return out;
    }
}
