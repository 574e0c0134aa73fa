package org.maracdesk.ui.actions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.actions.ActionEdit;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.EditableAction;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;

/**
 * Edit an agreed action: wording, agency, owner, whom it is for (and which child, when the case has children), the
 * due date (a date picker) and its type with
 * the type's details ({@link ActionTypeFields}). Once
 * the meeting that agreed it has closed, a reason is asked for. Save stays disabled until what is
 * needed is there; a due date that is not a date is said beside the field and nothing is saved.
 */
public final class ActionEditDialog {
    private final Messages messages;
    private final List<String> agencyCodes;
    private final Function<String, String> agencyName;
    private final List<org.maracdesk.casework.actions.ActionTypeView> types;

    public ActionEditDialog(Messages messages, List<String> agencyCodes, Function<String, String> agencyName) {
        this(messages, agencyCodes, agencyName, List.of());
    }

    /** @param types the MARAC's action types; when empty the type is neither shown nor changed */
    public ActionEditDialog(Messages messages, List<String> agencyCodes, Function<String, String> agencyName,
                            List<org.maracdesk.casework.actions.ActionTypeView> types) {
        this.messages = messages;
        this.agencyCodes = agencyCodes;
        this.agencyName = agencyName;
        this.types = types;
    }

    /** The edit as entered, or empty when the user cancelled. */
    public Optional<ActionEdit> ask(Window owner, EditableAction editable) {
        ActionRow a = editable.action();
        TextArea description = new TextArea(a.description());
        description.setId("editActionDescription");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        ComboBox<String> agency = new ComboBox<>();
        agency.getItems().setAll(agencyCodes.contains(a.agencyCode()) ? agencyCodes
                : concat(agencyCodes, a.agencyCode()));
        agency.setConverter(DisplayConverter.of(agencyName::apply));
        agency.setValue(a.agencyCode());
        TextField ownerField = new TextField(a.ownerName() == null ? "" : a.ownerName());
        ComboBox<ActionTarget> target = new ComboBox<>();
        target.getItems().setAll(ActionTarget.values());
        target.setConverter(DisplayConverter.of((ActionTarget t) -> messages.get(ActionLabels.targetKey(t))));
        target.setValue(a.target());
        ComboBox<org.maracdesk.casework.actions.ChildChoice> child = editable.children().isEmpty() ? null
                : ChildPicker.combo(messages, editable.children(), a.targetChildId(), target);
        DatePicker due = DateFields.picker(messages, a.dueDate());
        due.setId("editActionDue");
        TextField reason = new TextField();
        reason.setId("editActionReason");
        Label problem = new Label();
        problem.getStyleClass().add("error");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, "actions.edit.description", description);
        row(grid, 1, "actions.edit.agency", agency);
        row(grid, 2, "actions.edit.owner", ownerField);
        row(grid, 3, "actions.edit.target", target);
        int at = 4;
        if (child != null) {
            row(grid, at++, "actions.edit.child", child);
        }
        row(grid, at++, "actions.edit.due", due);
        ActionTypeFields typed = types.isEmpty() ? null
                : new ActionTypeFields(messages, types, a.typeCode(), a.detailText(), a.detailDate());
        int next = typed == null ? at : typed.addTo(grid, at, false, (k, c) -> { });
        row(grid, next, editable.reasonRequired() ? "actions.edit.reasonRequired" : "actions.edit.reason", reason);
        Label hint = new Label(messages.get(editable.reasonRequired() ? "actions.edit.hintClosed"
                : "actions.edit.hintOpen"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setHgrow(description, Priority.ALWAYS);

        Dialog<ActionEdit> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("actions.edit.title"));
        dialog.setHeaderText(messages.format("actions.edit.header", a.caseReference(),
                a.meetingDate() == null ? messages.get("actions.detail.noMeeting") : ActionLabels.date(a.meetingDate())));
        ButtonType save = new ButtonType(messages.get("actions.edit.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, grid, hint, problem));
        dialog.getDialogPane().setPrefWidth(560);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        ((Button) saveButton).setAccessibleText(messages.get("actions.edit.save"));
        var missing = description.textProperty().isEmpty().or(agency.valueProperty().isNull())
                .or(target.valueProperty().isNull());
        saveButton.disableProperty().bind(editable.reasonRequired() ? missing.or(reason.textProperty().isEmpty())
                : missing);
        LocalDate[] dueValue = new LocalDate[2];
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                dueValue[0] = DateFields.typed(due);
            } catch (DateTimeParseException ex) {
                problem.setText(messages.get("actions.edit.badDate"));
                due.requestFocus();
                e.consume();
                return;
            }
            try {
                dueValue[1] = typed == null ? null : typed.detailDate();
            } catch (DateTimeParseException ex) {
                problem.setText(messages.get("actions.type.badDate"));
                e.consume();
                return;
            }
            if (description.getText().isBlank() || editable.reasonRequired() && reason.getText().isBlank()) {
                problem.setText(messages.get(description.getText().isBlank() ? "actions.edit.needDescription"
                        : "actions.edit.needReason"));
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == save ? new ActionEdit(a.id(), a.version(), agency.getValue(),
                ownerField.getText(), target.getValue(), description.getText(), dueValue[0], reason.getText(),
                typed == null ? null : typed.typeCode(), typed == null ? null : typed.detailText(), dueValue[1],
                child != null, child == null ? null : ChildPicker.chosen(child)) : null);
        DialogFocus.startOn(dialog, description);
        return dialog.showAndWait();
    }

    private void row(GridPane grid, int row, String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        control.setAccessibleText(label.getText().replace("_", ""));
        if (control instanceof TextArea area) {
            tabLeaves(area);
        }
        control.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }

    /** Tab leaves a text area, so the dialog is walked with Tab alone. */
    static void tabLeaves(TextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
    }

    private static List<String> concat(List<String> codes, String extra) {
        List<String> all = new java.util.ArrayList<>(codes);
        all.add(extra);
        return all;
    }
}
