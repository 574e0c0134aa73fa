package org.maracdesk.casework.bulk;

import java.time.Duration;

/**
 * Hears how far long work has got, from the thread doing it (a window hands it on to the FX
 * thread itself). Called with counts and an estimate only, never with case data.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, left) -> { };

    /** @param left the estimated time still needed; null until there is enough to estimate from */
    void progress(int done, int total, Duration left);
}
