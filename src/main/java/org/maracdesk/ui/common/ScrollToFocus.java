package org.maracdesk.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused field of a scroll pane's content in view: tabbing down a long case moves the
 * view with the focus, so the coordinator never types into a field they cannot see.
 */
public final class ScrollToFocus {
    private static final double MARGIN = 12;

    private ScrollToFocus() {
    }

    /** Follows the focus in whatever scene {@code scroll} is shown in. */
    public static void install(ScrollPane scroll) {
        ChangeListener<Node> follow = (o, before, focused) -> reveal(scroll, focused);
        scroll.sceneProperty().addListener((o, before, scene) -> {
            if (before != null) {
                before.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
        Scene now = scroll.getScene();
        if (now != null) {
            now.focusOwnerProperty().addListener(follow);
        }
    }

    public static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !inside(focused, content)) {
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double height = content.getLayoutBounds().getHeight();
        if (viewport <= 0 || height <= viewport) {
            return;
        }
        Bounds b = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double range = height - viewport;
        double top = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * range;
        double wanted = top;
        if (b.getMinY() - MARGIN < top) {
            wanted = b.getMinY() - MARGIN;
        } else if (b.getMaxY() + MARGIN > top + viewport) {
            wanted = Math.min(b.getMaxY() + MARGIN - viewport, b.getMinY() - MARGIN);
        }
        if (wanted != top) {
            double clamped = Math.max(0, Math.min(range, wanted));
            scroll.setVvalue(scroll.getVmin() + clamped / range * (scroll.getVmax() - scroll.getVmin()));
        }
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
