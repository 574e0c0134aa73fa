package org.maracdesk.demo.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded random helpers; SplittableRandom (SplitMix64) is specified, so output is stable across JDKs. */
final class Rng {
    private final SplittableRandom random;

    Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream; consumes from this one deterministically. */
    Rng split() {
        return new Rng(random.split());
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in {@code [lo, hi]}. */
    int between(int lo, int hi) {
        return random.nextInt(lo, hi + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double gaussian() {
        // Box-Muller with StrictMath, so results are bit-for-bit identical on every JVM
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
