package org.maracdesk.ui.common;

import java.util.function.Consumer;

/**
 * Runs work in the background and hands the result, or the failure, back on the FX thread.
 * Tests use a same-thread implementation. Work is never interrupted: H2 must not see
 * {@code Thread.interrupt()} while writing.
 */
public interface TaskExecutor {
    <T> void execute(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops accepting work and lets running work finish; never interrupts. */
    void shutdown();
}
