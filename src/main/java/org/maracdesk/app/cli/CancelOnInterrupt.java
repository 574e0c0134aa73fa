package org.maracdesk.app.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.maracdesk.casework.bulk.Cancellation;

/**
 * Turns Ctrl+C (or any orderly shutdown) during long work into a cancellation: the work is asked
 * to stop, rolls its transaction back, and the vault is locked before the process ends. The
 * working thread is never interrupted.
 */
final class CancelOnInterrupt implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Cancellation cancellation = new Cancellation();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::cancelAndWait, "cancel-on-interrupt");

    CancelOnInterrupt() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    Cancellation cancellation() {
        return cancellation;
    }

    private void cancelAndWait() {
        cancellation.cancel();
        try {
            finished.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Call once the work has ended and the vault is locked. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and now returns
        }
    }
}
