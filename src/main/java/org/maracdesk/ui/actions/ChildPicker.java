package org.maracdesk.ui.actions;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.actions.ChildChoice;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.Messages;

/**
 * The choice of which child of the case an action is for (decision 0047): "No child named" or one of the case's
 * children. Choosing a child makes the action's "for" the child; choosing anyone else as "for" names no child.
 */
public final class ChildPicker {
    /** The "no child named" entry of the list. */
    static final ChildChoice NONE = new ChildChoice(-1, "");

    private ChildPicker() {
    }

    /** A list of the children, starting on {@code current} (a person id, or null for none), tied to {@code target}. */
    public static ComboBox<ChildChoice> combo(Messages messages, List<ChildChoice> children, Long current,
                                              ComboBox<ActionTarget> target) {
        ComboBox<ChildChoice> box = new ComboBox<>();
        box.setId("actionChild");
        List<ChildChoice> items = new ArrayList<>();
        items.add(NONE);
        items.addAll(children);
        box.getItems().setAll(items);
        box.setConverter(DisplayConverter.of((ChildChoice c) -> c.personId() < 0
                ? messages.get("actions.child.none") : c.name()));
        box.setValue(children.stream().filter(c -> current != null && c.personId() == current).findFirst()
                .orElse(NONE));
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && now.personId() >= 0) {
                target.setValue(ActionTarget.CHILD);
            }
        });
        target.valueProperty().addListener((o, was, now) -> {
            if (now != ActionTarget.CHILD) {
                box.setValue(NONE);
            }
        });
        return box;
    }

    /** The person id of the child chosen, or null when none is. */
    public static Long chosen(ComboBox<ChildChoice> box) {
        ChildChoice c = box.getValue();
        return c == null || c.personId() < 0 ? null : c.personId();
    }
}
