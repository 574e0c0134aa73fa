package org.maracdesk.ui;

import java.util.function.Consumer;
import org.maracdesk.ui.common.BackgroundWork;
import org.maracdesk.ui.common.TaskExecutor;

/** Runs background work at once on the calling thread, for view-model tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
