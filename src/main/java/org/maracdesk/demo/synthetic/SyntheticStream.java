package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * The generator's output a slice at a time, so a run of any size needs memory for one slice (plus the households
 * that may still be repeated). The slices of one stream, concatenated, are exactly what
 * {@link SyntheticDataGenerator#generate(int)} returns for the same seed, date and count.
 */
public final class SyntheticStream {
    private final GeneratorRun run;
    private final LocalDate today;

    SyntheticStream(GeneratorRun run, LocalDate today) {
        this.run = run;
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    /** How many referrals the stream makes in all. */
    public int total() {
        return run.total();
    }

    /** Every meeting of the span in date order ({@code meetings().get(i).index() == i}), nothing listed. */
    public List<SyntheticMeeting> meetings() {
        return run.meetings();
    }

    public boolean hasNext() {
        return run.hasNext();
    }

    /** The next (at most) {@code max} referrals, with their meetings and actions. */
    public SyntheticChunk next(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        return run.next(max);
    }
}
