package org.maracdesk.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One daemon background thread, so store work runs in order: a lock waits for the query in
 * flight instead of closing the database under it. Results and failures are delivered with
 * {@link Platform#runLater}.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "marac-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code work} in the background. Work handed over after {@link #shutdown()} (a debounced filter or a
     * refresh firing while the window closes or locks) is dropped: nothing is left to show it, and
     * reporting it would put an error dialog in front of the next screen.
     */
    @Override
    public <T> void execute(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (pool.isShutdown()) {
            return;
        }
        try {
            submit(work, onSuccess, onFailure);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // shut down between the check and the hand-over: dropped as above
        }
    }

    private <T> void submit(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        pool.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                Platform.runLater(() -> onFailure.accept(failure));
                return;
            }
            Platform.runLater(() -> {
                try {
                    onSuccess.accept(result);
                } catch (RuntimeException failure) {
                    onFailure.accept(failure);
                }
            });
        });
    }

    /** The executor for non-UI background work, such as preparing Hibernate. */
    public java.util.concurrent.Executor raw() {
        return pool;
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }
}
