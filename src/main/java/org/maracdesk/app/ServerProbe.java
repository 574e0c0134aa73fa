package org.maracdesk.app;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.Store;

/**
 * The window's question to a shared server, "do you answer?" ({@link org.maracdesk.ui.common.ServerLink}): a
 * {@code select 1} on a connection of the session's pool, bounded by a network timeout so that a silent network
 * (a cable pulled, no reset) answers "no" in seconds instead of hanging. A connection the server or the network
 * dropped fails once and is discarded by the pool; the probe then tries the next, so that after an outage the
 * screens' work does not meet the pool's dead connections one by one.
 */
final class ServerProbe implements BooleanSupplier {
    /** How often the window asks; tests shorten it with {@code -Dmarac.serverProbeMillis}. */
    static java.time.Duration every() {
        return java.time.Duration.ofMillis(Long.getLong("marac.serverProbeMillis", 10_000));
    }

    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int MOST_TRIES = 9; // the pool holds at most 8
    private static final Executor DIRECT = Runnable::run;
    private final SessionManager sessions;

    ServerProbe(SessionManager sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean getAsBoolean() {
        for (int i = 0; i < MOST_TRIES; i++) {
            long start = System.nanoTime();
            Store store;
            try {
                store = sessions.store();
            } catch (RuntimeException locked) {
                return false;
            }
            Boolean answered = store.withConnection(c -> {
                int before = 0;
                try {
                    before = c.getNetworkTimeout();
                    c.setNetworkTimeout(DIRECT, TIMEOUT_MILLIS);
                    try (Statement st = c.createStatement()) {
                        st.execute("select 1");
                    }
                    return true;
                } catch (SQLException e) {
                    return false;
                } finally {
                    if (!c.isClosed()) {
                        try {
                            c.setNetworkTimeout(DIRECT, before);
                        } catch (SQLException e) {
                            // the connection is broken; the pool discards it
                        }
                    }
                }
            });
            if (answered) {
                return true;
            }
            if (System.nanoTime() - start > 1_000_000_000L) {
                return false; // a slow failure: the network, not one dead connection
            }
        }
        return false;
    }
}
