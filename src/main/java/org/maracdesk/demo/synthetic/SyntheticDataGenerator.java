package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Seeded generator of realistic FAKE MARAC data for the demo vault, tests and benchmarks.
 *
 * <p>{@link #generate(int)} is a pure function of {@code (seed, today, caseCount)}: referrals spread over the twelve
 * months ending on {@code today} (one more year for every further 5,000, as a county hears several thousand cases a
 * year), meetings per district over the same period (fortnightly; weekly above about 3,250 cases a year, so an
 * agenda stays at about 15 to 25 cases) plus the next upcoming meeting of every district, and actions for every case
 * already heard at a closed meeting. {@link #stream(int)} makes the same data a slice at a time.
 */
public final class SyntheticDataGenerator {
    private final long seed;
    private final LocalDate today;

    public SyntheticDataGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = Objects.requireNonNull(today, "today");
    }

    public long seed() {
        return seed;
    }

    public LocalDate today() {
        return today;
    }

    /** Generates {@code caseCount} referrals (0 or more) and the meetings and actions that go with them. */
    public SyntheticDataset generate(int caseCount) {
        if (caseCount < 0) {
            throw new IllegalArgumentException("caseCount must not be negative: " + caseCount);
        }
        return new GeneratorRun(seed, today, caseCount).run();
    }

    /** The same referrals, meetings and actions as {@link #generate(int)}, a slice at a time. */
    public SyntheticStream stream(int caseCount) {
        if (caseCount < 0) {
            throw new IllegalArgumentException("caseCount must not be negative: " + caseCount);
        }
        return new SyntheticStream(new GeneratorRun(seed, today, caseCount), today);
    }
}
