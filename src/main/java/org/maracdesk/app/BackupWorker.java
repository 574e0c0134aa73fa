package org.maracdesk.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.maracdesk.ui.common.BackgroundWork;

/**
 * The window's automatic backup on a thread of its own. On a large vault a backup takes minutes (it copies
 * the whole file); on the window's one background thread the case list and meeting view would wait behind
 * it. H2 makes its copy beside readers and writers, so screens go on working; locking and compaction wait
 * for the copy (the work runs inside {@code SessionManager.whileStoreStaysOpen}). A vault locked before the
 * backup could start is not backed up then; a failure is handed to the FX thread.
 */
final class BackupWorker {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "marac-backup");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    void start(BackgroundWork<?> work, Consumer<Throwable> onFailure) {
        if (thread.isShutdown()) {
            return;
        }
        thread.execute(() -> {
            try {
                work.call();
            } catch (org.maracdesk.common.StoreUnavailableException lockedFirst) {
                // locked before the backup started: the next sign-in makes it
            } catch (Throwable failure) {
                Platform.runLater(() -> onFailure.accept(failure));
            }
        });
    }

    void shutdown() {
        thread.shutdown();
    }
}
