package org.maracdesk.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The window's warm-up thread (decision 0055): one daemon thread that builds the services graph and parses the first
 * screens' queries while the unlock form is shown.
 */
final class WarmUpThread {
    private WarmUpThread() {
    }

    static ExecutorService create() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "marac-warm-up");
            t.setDaemon(true);
            return t;
        });
    }
}
