package org.maracdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Locks the vault after a period without keyboard or mouse input. Held by a {@link ServerLink}, it is held back
 * while work waits for the shared server, for at most two further periods (decision 0058).
 */
public final class IdleLock {
    private final PauseTransition timer;
    private final EventHandler<InputEvent> activity;
    private ServerLink heldBy;

    public IdleLock(java.time.Duration timeout, Runnable onIdle) {
        this.timer = new PauseTransition(Duration.millis(timeout.toMillis()));
        timer.setOnFinished(e -> {
            if (heldBy == null || heldBy.idleLockMayGo(timeout.multipliedBy(2))) {
                onIdle.run();
            } else {
                timer.playFromStart();
            }
        });
        this.activity = e -> {
            if (timer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                timer.playFromStart();
            }
        };
    }

    /** Held back while {@code link} holds work waiting for the server (see {@link ServerLink#idleLockMayGo}). */
    public IdleLock heldBy(ServerLink link) {
        this.heldBy = link;
        return this;
    }

    public void watch(Scene scene) {
        scene.addEventFilter(InputEvent.ANY, activity);
    }

    public void start() {
        timer.playFromStart();
    }

    public void stop() {
        timer.stop();
    }
}
