package org.maracdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnlockThrottleTest {
    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @CsvSource({"0, 0", "1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "6, 30", "20, 30"})
    void delayStartsAtOneSecondDoublesAndCapsAtThirty(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), UnlockThrottle.delayAfter(failures));
    }

    @Test
    void waitCountsDownAndSuccessResetsIt() {
        Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
        MutableClock clock = new MutableClock(t0);
        UnlockThrottle throttle = new UnlockThrottle(clock);
        throttle.recordFailure();
        throttle.recordFailure();
        assertEquals(Duration.ofSeconds(2), throttle.remainingWait());
        clock.now = t0.plusMillis(1500);
        assertEquals(Duration.ofMillis(500), throttle.remainingWait());
        clock.now = t0.plusSeconds(3);
        assertEquals(Duration.ZERO, throttle.remainingWait());
        throttle.recordSuccess();
        throttle.recordFailure();
        assertEquals(Duration.ofSeconds(1), throttle.remainingWait());
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
