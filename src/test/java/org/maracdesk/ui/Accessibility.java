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

    /** Everything a screen reader user would trip on: controls without a name, and labels not linked to their field. */
    public static List<String> problems(Parent root) {
        List<String> all = new ArrayList<>(unnamedControls(root));
        all.addAll(unlinkedLabels(root));
        return all;
    }

    /**
     * Labels written next to a form field (the field follows the label among its parent's children, as in
     * a form row) but not linked to it with labelFor: a screen reader reads the field without its label.
     */
    public static List<String> unlinkedLabels(Parent root) {
        List<String> unlinked = new ArrayList<>();
        collectUnlinked(root, unlinked);
        return unlinked;
    }

    private static void collectUnlinked(Node node, List<String> unlinked) {
        if (!(node instanceof Parent p) || !node.isVisible() || node instanceof javafx.scene.control.TableView<?>
                || node instanceof javafx.scene.control.ListView<?>) {
            return;
        }
        List<Node> children = p.getChildrenUnmodifiable();
        for (int i = 0; i + 1 < children.size(); i++) {
            if (children.get(i) instanceof Label label && label.getLabelFor() == null && label.isVisible()
                    && label.getText() != null && !label.getText().isBlank() && field(children.get(i + 1))) {
                unlinked.add("Label '" + label.getText() + "' not linked to " + children.get(i + 1).getClass()
                        .getSimpleName() + "#" + children.get(i + 1).getId());
            }
        }
        for (Node child : children) {
            collectUnlinked(child, unlinked);
        }
    }

    private static boolean field(Node n) {
        return n.isVisible() && (n instanceof javafx.scene.control.TextInputControl
                || n instanceof javafx.scene.control.ComboBoxBase<?> || n instanceof javafx.scene.control.ChoiceBox<?>
                || n instanceof javafx.scene.control.Spinner<?>);
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
