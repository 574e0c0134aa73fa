package org.maracdesk.demo.synthetic;

import java.util.ArrayList;
import java.util.List;

/** An immutable weighted choice table. */
final class Weighted<T> {
    private final Object[] items;
    private final double[] cumulative;

    private Weighted(List<T> items, List<Double> weights) {
        this.items = items.toArray();
        this.cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        if (items.isEmpty() || sum <= 0) {
            throw new IllegalArgumentException("empty weighted table");
        }
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    @SuppressWarnings("unchecked")
    T pick(Rng rng) {
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return (T) items[lo];
    }

    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T item, double weight) {
            if (weight > 0) {
                items.add(item);
                weights.add(weight);
            }
            return this;
        }

        Weighted<T> build() {
            return new Weighted<>(items, weights);
        }
    }
}
