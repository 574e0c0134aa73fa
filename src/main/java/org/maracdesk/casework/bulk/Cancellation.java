package org.maracdesk.casework.bulk;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks long work to stop, from any thread. The work checks {@link #throwIfCancelled()} between
 * steps and stops by throwing, which rolls its transaction back; no thread is ever interrupted
 * (an interrupt while H2 writes can break the store).
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** A token nobody cancels, for callers that offer no way to stop. */
    public static Cancellation never() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** @throws CancelledException when {@link #cancel()} has been called */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }
}
