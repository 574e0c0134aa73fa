package org.maracdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The steps every TestFX test takes: wait for something to appear or become true (patiently: the build machine
 * may be busy; nothing is timed), press a key combination the way a person does, and ask what has the focus.
 */
public final class FxSteps {
    private static final long PATIENCE_SECONDS = 60;

    private FxSteps() {
    }

    /** Waits until {@code query} finds a node and returns it; on giving up, says what the screen shows. */
    @SuppressWarnings("unchecked")
    public static <T extends Node> T waitFor(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                    () -> !robot.lookup(query).queryAll().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError(query + " did not appear; the screen says: " + robot.lookup(".label")
                    .queryAll().stream().map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isBlank())
                    .toList(), e);
        }
        return (T) robot.lookup(query).query();
    }

    public static void waitUntil(Callable<Boolean> condition) {
        waitUntil(condition, "the awaited change");
    }

    /** Waits until {@code condition} holds; {@code what} names it if it never does. */
    public static void waitUntil(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " did not happen", e);
        }
    }

    /** Presses the keys in order and releases them in reverse, then lets the FX thread catch up. */
    public static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        robot.release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static Node focused(FxRobot robot) {
        return robot.targetWindow().getScene().getFocusOwner();
    }

    /** The id of the focused node, or of its nearest ancestor with one (an editable box's editor has none). */
    public static String focusedId(FxRobot robot) {
        Node n = focused(robot);
        while (n != null && n.getId() == null) {
            n = n.getParent();
        }
        return n == null ? null : n.getId();
    }
}
