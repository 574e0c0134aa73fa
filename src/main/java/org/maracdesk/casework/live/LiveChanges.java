package org.maracdesk.casework.live;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.maracdesk.store.ChangeFeed;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.StoreProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells open screens that another desk changed what they show (decision 0038), on a shared server only.
 * A screen subscribes to the {@link ChangeKind}s it shows and reloads through its own services when told,
 * so every read still goes through the need-to-know rule; nothing here reads case data, and the notices
 * carry only a table and a row id. The one {@link ChangeFeed} (one listening connection and thread) runs
 * while something is subscribed to the current store; it is started again when the store is a new one
 * (signed out and in again) and ends with the store. On a vault a subscription is inert: standalone mode
 * has one desk and nothing to follow.
 */
public final class LiveChanges {
    private static final Logger LOG = LoggerFactory.getLogger(LiveChanges.class);
    private final StoreProvider stores;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private ChangeFeed feed;
    /** Which store the running feed listens on: compared by identity only, to start a new feed for a new store. */
    private Store feedStore;

    /** One screen's interest: the kinds it shows and what to run (on the feed's thread) when they change. */
    private record Subscriber(Set<ChangeKind> kinds, Runnable onChange) {
    }

    public LiveChanges(StoreProvider stores) {
        this.stores = stores;
    }

    /**
     * Calls {@code onChange} on the feed's thread after each burst of changes of {@code kinds} made by anyone
     * (this desk included) on the signed-in shared server; close the returned subscription when the screen
     * goes. On a vault nothing is ever called.
     */
    public synchronized AutoCloseable subscribe(Set<ChangeKind> kinds, Runnable onChange) {
        Store store = stores.store();
        if (store.kind() != StoreKind.POSTGRESQL) {
            return () -> { };
        }
        if (feed == null || feedStore != store || !feed.alive()) {
            stopFeed();
            subscribers.clear();
            feed = ChangeFeed.start(store, this::deliver);
            feedStore = store;
        }
        Subscriber s = new Subscriber(Set.copyOf(kinds), onChange);
        subscribers.add(s);
        return () -> unsubscribe(s);
    }

    /** True while a feed is listening on the server (tests wait for it before another desk changes anything). */
    public synchronized boolean listening() {
        return feed != null && feed.listening();
    }

    private synchronized void unsubscribe(Subscriber s) {
        subscribers.remove(s);
        if (subscribers.isEmpty()) {
            stopFeed();
        }
    }

    private void stopFeed() {
        if (feed != null) {
            feed.close();
            feed = null;
            feedStore = null;
        }
    }

    private void deliver(Set<ChangeFeed.Change> changes) {
        Set<ChangeKind> kinds = ChangeKind.of(changes.stream().map(ChangeFeed.Change::table).toList());
        for (Subscriber s : subscribers) {
            if (s.kinds().stream().anyMatch(kinds::contains)) {
                try {
                    s.onChange().run();
                } catch (RuntimeException e) {
                    LOG.warn("A screen's live refresh failed ({})", e.getClass().getSimpleName());
                }
            }
        }
    }
}
