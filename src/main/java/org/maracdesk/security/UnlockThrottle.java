package org.maracdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down guessing at the unlock screen: after each failure the next attempt waits
 * 1 s, then 2 s, 4 s, … up to 30 s. A success resets it. The count carries over a restart
 * ({@link #resumeFrom}).
 */
public final class UnlockThrottle {
    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private final Clock clock;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    public UnlockThrottle(Clock clock) {
        this.clock = clock;
    }

    public static Duration delayAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long seconds = FIRST_DELAY.getSeconds() << Math.min(failures - 1, 10);
        return seconds >= MAX_DELAY.getSeconds() ? MAX_DELAY : Duration.ofSeconds(seconds);
    }

    public synchronized void recordFailure() {
        failures++;
        nextAttempt = clock.instant().plus(delayAfter(failures));
    }

    /** Carries on from failures counted before a restart (see {@link UnlockAttempts}). */
    public synchronized void resumeFrom(UnlockAttempts earlier) {
        failures = earlier.failures();
        nextAttempt = earlier.failures() == 0 ? Instant.MIN : earlier.lastFailure().plus(delayAfter(failures));
    }

    public synchronized void recordSuccess() {
        failures = 0;
        nextAttempt = Instant.MIN;
    }

    /** Zero when an attempt is allowed now. */
    public synchronized Duration remainingWait() {
        Duration d = Duration.between(clock.instant(), nextAttempt);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public synchronized int failures() {
        return failures;
    }
}
