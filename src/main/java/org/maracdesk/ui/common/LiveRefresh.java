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
     * Follows {@code kinds} while {@code view} is in the window: from when it is shown until it leaves its scene
     * (another area chosen, a case opened over the list, the window locked), and again if it comes back.
     */
    public void whileShown(Node view, Set<ChangeKind> kinds, Runnable reload) {
        AutoCloseable[] current = {null};
        javafx.beans.value.ChangeListener<javafx.scene.Scene> attach = (o, was, now) -> {
            if (now != null && current[0] == null) {
                current[0] = followQuietly(kinds, reload);
            } else if (now == null && current[0] != null) {
                close(current[0]);
                current[0] = null;
            }
        };
        view.sceneProperty().addListener(attach);
        attach.changed(view.sceneProperty(), null, view.getScene());
    }

    /** A subscription, or null when none can be made (say, signed out meanwhile). */
    private AutoCloseable followQuietly(Set<ChangeKind> kinds, Runnable reload) {
        try {
            return follow(kinds, reload);
        } catch (RuntimeException e) {
            LOG.warn("Live refresh not started ({})", e.getClass().getSimpleName());
            return null;
        }
    }

    private static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.debug("Live refresh subscription not closed cleanly ({})", e.getClass().getSimpleName());
        }
    }
}
