package org.maracdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.maracdesk.common.StoreUnavailableException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live refresh on a shared server (decision 0038): one daemon thread holds one connection of a signed-in
 * store's pool, {@code LISTEN}s on {@value #CHANNEL} (the notices {@code db/server/setup.sql}'s triggers send
 * at commit: {@code table:id}, never a value) and hands each batch of changes to its listener. A burst is
 * gathered until the channel has been quiet for {@value #QUIET_MILLIS} ms (at most {@value #MOST_MILLIS} ms
 * after its first notice), so a screen reloads once per burst, not once per row. When the connection is lost
 * the thread waits and listens again, then reports {@link Change#ALL}: what was missed meanwhile is unknown.
 * It ends when closed or when its store closes; it is never interrupted.
 */
public final class ChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    public static final String CHANNEL = "marac_change";
    static final int QUIET_MILLIS = 250;
    static final int MOST_MILLIS = 2000;
    private static final int POLL_MILLIS = 500;
    private static final long MOST_BACK_OFF_MILLIS = 30_000;

    /** One changed row: its table and id. {@link #ALL} stands for "anything may have changed". */
    public record Change(String table, long id) {
        public static final Change ALL = new Change("*", 0);

        /** Reads a notice's payload ({@code table:id}); null for one that is not ours. */
        static Change parse(String payload) {
            int colon = payload == null ? -1 : payload.lastIndexOf(':');
            if (colon <= 0 || !payload.substring(0, colon).matches("[a-z_]{1,63}")) {
                return null;
            }
            try {
                return new Change(payload.substring(0, colon), Long.parseLong(payload.substring(colon + 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private final Store store;
    private final Consumer<Set<Change>> listener;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean listening;

    private ChangeFeed(Store store, Consumer<Set<Change>> listener) {
        this.store = store;
        this.listener = listener;
        this.thread = new Thread(this::run, "marac-change-feed");
        thread.setDaemon(true);
    }

    /** Starts listening on a shared server's store; a vault has no feed (standalone mode changes nothing). */
    public static ChangeFeed start(Store store, Consumer<Set<Change>> listener) {
        if (store.kind() != StoreKind.POSTGRESQL) {
            throw new IllegalArgumentException("only a shared server's store has a change feed");
        }
        ChangeFeed feed = new ChangeFeed(store, listener);
        feed.thread.start();
        return feed;
    }

    /** True while the feed's connection is listening (tests wait for it before changing anything). */
    public boolean listening() {
        return listening;
    }

    /** True until closed or until its store has closed. */
    public boolean alive() {
        return running && !store.isClosed();
    }

    private void run() {
        long backOff = 1000;
        boolean missed = false;
        while (alive()) {
            try {
                boolean wasMissed = missed;
                store.withConnection(c -> {
                    listen(c, wasMissed);
                    return null;
                });
                missed = false;
            } catch (StoreUnavailableException e) {
                listening = false;
                if (!alive()) {
                    break;
                }
                missed = true;
                LOG.warn("Live refresh lost its connection to the shared server; listening again in {} s",
                        backOff / 1000);
                pause(backOff);
                backOff = Math.min(MOST_BACK_OFF_MILLIS, backOff * 2);
            }
        }
        listening = false;
    }

    private void listen(Connection c, boolean missed) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        listening = true;
        try {
            if (missed) {
                deliver(Set.of(Change.ALL));
            }
            while (alive()) {
                PGNotification[] first = pg.getNotifications(POLL_MILLIS);
                if (first != null && first.length > 0) {
                    deliver(burst(pg, first));
                }
            }
        } finally {
            listening = false;
            if (!c.isClosed()) {
                try (Statement st = c.createStatement()) {
                    st.execute("UNLISTEN *");
                } catch (SQLException e) {
                    LOG.debug("UNLISTEN failed (SQLState {})", e.getSQLState());
                }
            }
        }
    }

    /** The changes of one burst: notices gathered until the channel is quiet, or for at most MOST_MILLIS. */
    private Set<Change> burst(PGConnection pg, PGNotification[] first) throws SQLException {
        Set<Change> changes = new LinkedHashSet<>();
        add(changes, first);
        long until = System.nanoTime() + MOST_MILLIS * 1_000_000L;
        while (alive() && System.nanoTime() < until) {
            PGNotification[] more = pg.getNotifications(QUIET_MILLIS);
            if (more == null || more.length == 0) {
                break;
            }
            add(changes, more);
        }
        return changes;
    }

    private static void add(Set<Change> changes, PGNotification[] notices) {
        for (PGNotification n : notices) {
            if (CHANNEL.equals(n.getName())) {
                Change change = Change.parse(n.getParameter());
                if (change != null) {
                    changes.add(change);
                }
            }
        }
    }

    private void deliver(Set<Change> changes) {
        if (changes.isEmpty() || !alive()) {
            return;
        }
        try {
            listener.accept(Set.copyOf(changes));
        } catch (RuntimeException e) {
            LOG.warn("A live refresh listener failed ({})", e.getClass().getSimpleName());
        }
    }

    private synchronized void pause(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops listening; the thread ends within a poll (half a second) and returns its connection. */
    @Override
    public synchronized void close() {
        running = false;
        notifyAll();
    }
}
