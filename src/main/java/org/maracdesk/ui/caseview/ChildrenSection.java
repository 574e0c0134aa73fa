package org.maracdesk.ui.caseview;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.casework.children.ChildLine;
import org.maracdesk.ui.common.Messages;

/**
 * The case screen's section "Children's records" (issue 16, decision 0047): each child on the case with
 * their school, social worker, plan status and Operation Encompass notification, and for the coordinator
 * an Edit… button per child (a dialog, all from the keyboard). Its own node and view model: it loads off
 * the FX thread whenever the case screen shows a case, and sits after the case's list of children.
 */
public final class ChildrenSection {
    private final ChildrenViewModel model;
    private final Messages messages;
    private final java.util.function.Supplier<java.time.LocalDate> today;
    private final VBox root = new VBox(4);
    private final VBox rows = new VBox(6);
    private final Label message = new Label();

    public ChildrenSection(ChildrenViewModel model, Messages messages, java.util.function.Supplier<java.time.LocalDate> today) {
        this.model = model;
        this.messages = messages;
        this.today = today;
        Label title = new Label(messages.get("children.section"));
        title.getStyleClass().add("section-title");
        rows.getStyleClass().add("section");
        rows.setId("childRecords");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(model.messageProperty().isNotEmpty());
        message.setWrapText(true);
        root.getChildren().addAll(title, rows, message);
        root.setVisible(false);
        root.setManaged(false);
        model.lines().addListener((ListChangeListener<ChildLine>) c -> show());
    }

    public Node node() {
        return root;
    }

    /**
     * Puts the section on a loaded case screen, after its list of children (or at the end of its sections),
     * and loads it for every case the screen shows.
     */
    public ChildrenSection attachTo(Parent caseScreen, ObservableValue<CaseDetail> shown) {
        Node page = caseScreen instanceof javafx.scene.control.ScrollPane sp ? sp.getContent() : caseScreen;
        Node children = page.lookup("#childrenBox");
        Node sections = page.lookup("#sections");
        if (children != null && children.getParent() instanceof Pane parent) {
            parent.getChildren().add(parent.getChildren().indexOf(children) + 1, root);
        } else if (sections instanceof Pane parent) {
            parent.getChildren().add(root);
        }
        shown.addListener((o, old, d) -> {
            if (d != null) {
                model.load(d.id());
            }
        });
        return this;
    }

    private void show() {
        rows.getChildren().clear();
        boolean any = !model.lines().isEmpty();
        root.setVisible(any);
        root.setManaged(any);
        for (ChildLine c : model.lines()) {
            Label name = new Label(model.title(c));
            name.getStyleClass().add("child-name");
            Label details = new Label(model.details(c));
            details.setWrapText(true);
            VBox text = new VBox(2, name, details);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, text);
            row.setAlignment(Pos.TOP_LEFT);
            if (model.mayEdit()) {
                Button edit = new Button(messages.get("children.edit"));
                edit.setAccessibleText(messages.format("children.editFor", c.name()));
                edit.setOnAction(e -> new ChildEditDialog(messages, model).ask(root.getScene().getWindow(), c,
                        today.get()).ifPresent(r -> model.save(r.after(), r.reason())));
                row.getChildren().add(edit);
            }
            rows.getChildren().add(row);
        }
    }
}
