package org.maracdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/** Locks the vault after a period without keyboard or mouse input. */
public final class IdleLock {
    private final PauseTransition timer;
    private final EventHandler<InputEvent> activity;

    public IdleLock(java.time.Duration timeout, Runnable onIdle) {
        this.timer = new PauseTransition(Duration.millis(timeout.toMillis()));
        timer.setOnFinished(e -> onIdle.run());
        this.activity = e -> {
            if (timer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                timer.playFromStart();
            }
        };
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
