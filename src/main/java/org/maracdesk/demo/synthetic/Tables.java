package org.maracdesk.demo.synthetic;

/** Small helpers for the generator's weighted tables. */
final class Tables {
    private Tables() {
    }

    static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Pairs of (value, weight). */
    static Weighted<Integer> ints(double... pairs) {
        Weighted.Builder<Integer> b = Weighted.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.add((int) pairs[i], pairs[i + 1]);
        }
        return b.build();
    }

    /** Triples of (from, to, weight). */
    static Weighted<int[]> ranges(double... triples) {
        Weighted.Builder<int[]> b = Weighted.builder();
        for (int i = 0; i < triples.length; i += 3) {
            b.add(new int[] {(int) triples[i], (int) triples[i + 1]}, triples[i + 2]);
        }
        return b.build();
    }
}
