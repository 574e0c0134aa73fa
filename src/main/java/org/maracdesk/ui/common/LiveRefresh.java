package org.maracdesk.ui.common;

import java.util.Set;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import org.maracdesk.casework.live.ChangeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open screens follow other desks' changes on a shared server (decision 0038). The feed's thread hands each
 * burst of changes to {@code toScreen} (the FX thread in the window, the caller's thread in tests), where the
 * view model reloads: its query runs in the background through the {@link TaskExecutor}, as every load does.
 * On a vault nothing ever arrives.
 */
public final class LiveRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRefresh.class);
    private final Source source;
    private final Executor toScreen;

    /** Where changes come from: {@code LiveChanges::subscribe} of the one services graph. */
    @FunctionalInterface
    public interface Source {
        AutoCloseable subscribe(Set<ChangeKind> kinds, Runnable onChange);
    }

    public LiveRefresh(Source source, Executor toScreen) {
        this.source = source;
        this.toScreen = toScreen;
    }

    /** Nothing to follow: for screens and tests without a server. */
    public static LiveRefresh none() {
        return new LiveRefresh((kinds, onChange) -> () -> { }, Runnable::run);
    }

    /** Runs {@code reload} (through {@code toScreen}) after each burst of changes of {@code kinds}. */
    public AutoCloseable follow(Set<ChangeKind> kinds, Runnable reload) {
        return source.subscribe(kinds, () -> toScreen.execute(reload));
    }

    /**
     * Follows {@code kinds} while {@code view} is on screen: from now until it leaves its scene (another area
     * chosen, or the window locked), then never again.
     */
    public void whileShown(Node view, Set<ChangeKind> kinds, Runnable reload) {
        AutoCloseable subscription;
        try {
            subscription = follow(kinds, reload);
        } catch (RuntimeException e) {
            LOG.warn("Live refresh not started ({})", e.getClass().getSimpleName());
            return;
        }
        view.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (was != null && now == null) {
                    view.sceneProperty().removeListener(this);
                    close(subscription);
                }
            }
        });
    }

    private static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.debug("Live refresh subscription not closed cleanly ({})", e.getClass().getSimpleName());
        }
    }
}
