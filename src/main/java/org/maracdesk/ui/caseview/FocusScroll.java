package org.maracdesk.ui.caseview;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps the control that has the keyboard in sight: a Tab or mnemonic into a section scrolls the column to it. */
final class FocusScroll {
    private FocusScroll() {
    }

    static void follow(ScrollPane pane) {
        ChangeListener<Node> onFocus = (o, old, focused) -> reveal(pane, focused);
        pane.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(onFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onFocus);
            }
        });
    }

    private static void reveal(ScrollPane pane, Node focused) {
        Node content = pane.getContent();
        if (focused == null || content == null || !inside(focused, content)) {
            return;
        }
        Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
        if (room <= 0) {
            return;
        }
        double top = pane.getVvalue() * room;
        double view = pane.getViewportBounds().getHeight();
        if (b.getMinY() < top) {
            pane.setVvalue(Math.max(0, b.getMinY() - 24) / room);
        } else if (b.getMaxY() > top + view) {
            // going down: what took the focus (a section's title, say) comes to the top, its rows below it
            pane.setVvalue(Math.min(room, Math.max(0, b.getMinY() - 24)) / room);
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
