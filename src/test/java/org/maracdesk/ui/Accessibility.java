package org.maracdesk.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

/** Finds controls a screen reader could not name: no label pointing at them, no text, no accessible text. */
public final class Accessibility {
    private Accessibility() {
    }

    public static List<String> unnamedControls(Parent root) {
        Set<Node> labelled = new HashSet<>();
        List<Control> controls = new ArrayList<>();
        collect(root, labelled, controls);
        List<String> unnamed = new ArrayList<>();
        for (Control c : controls) {
            boolean named = labelled.contains(c)
                    || (c.getAccessibleText() != null && !c.getAccessibleText().isBlank())
                    || (c instanceof Button b && b.getText() != null && !b.getText().isBlank());
            if (!named) {
                unnamed.add(c.getClass().getSimpleName() + "#" + c.getId());
            }
        }
        return unnamed;
    }

    private static void collect(Node node, Set<Node> labelled, List<Control> controls) {
        if (node instanceof Label label && label.getLabelFor() != null) {
            labelled.add(label.getLabelFor());
        }
        if (node instanceof Control c && c.isFocusTraversable() && c.isVisible() && !(node instanceof Labeled
                && !(node instanceof Button))) {
            controls.add(c);
        }
        if (node instanceof Parent p && !(node instanceof javafx.scene.control.TableView<?>)
                && !(node instanceof javafx.scene.control.ListView<?>)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, labelled, controls);
            }
        }
    }
}
