package org.maracdesk.casework.bulk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Tells a listener how far work has got, with the time left estimated from the pace so far. */
public final class ProgressEstimate {
    private final Clock clock;
    private final ProgressListener listener;
    private final int total;
    private final Instant start;

    public ProgressEstimate(Clock clock, ProgressListener listener, int total) {
        this.clock = clock;
        this.listener = listener;
        this.total = total;
        this.start = clock.instant();
    }

    public void reached(int done) {
        Duration spent = Duration.between(start, clock.instant());
        Duration left = done <= 0 ? null : spent.multipliedBy(total - done).dividedBy(done);
        listener.progress(done, total, left);
    }
}
