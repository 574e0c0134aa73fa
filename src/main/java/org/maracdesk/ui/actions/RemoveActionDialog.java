package org.maracdesk.ui.actions;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.EditableAction;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;

/**
 * Confirms removing an action agreed by mistake and asks why; the action and the reason stay in the
 * case's history. An action with updates cannot be removed: the dialog says so and offers only Close.
 */
public final class RemoveActionDialog {
    private final Messages messages;

    public RemoveActionDialog(Messages messages) {
        this.messages = messages;
    }

    /** The reason given, or empty when the user cancelled (or the action cannot be removed). */
    public Optional<String> ask(Window owner, EditableAction editable) {
        ActionRow a = editable.action();
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("actions.remove.title"));
        dialog.setHeaderText(messages.format("actions.remove.header", a.caseReference(), a.description()));
        if (!editable.removable()) {
            Label why = new Label(messages.get("actions.remove.notRemovable"));
            why.setWrapText(true);
            why.setPrefWidth(480);
            dialog.getDialogPane().setContent(why);
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
            dialog.showAndWait();
            return Optional.empty();
        }
        TextArea reason = new TextArea();
        reason.setId("removeActionReason");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        ActionEditDialog.tabLeaves(reason);
        Label label = new Label(messages.get("actions.remove.reason"));
        label.setMnemonicParsing(true);
        label.setLabelFor(reason);
        reason.setAccessibleText(label.getText().replace("_", ""));
        Label hint = new Label(messages.get("actions.remove.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        ButtonType remove = new ButtonType(messages.get("actions.remove.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(remove, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(6, hint, label, reason));
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().lookupButton(remove).disableProperty().bind(reason.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == remove && !reason.getText().isBlank() ? reason.getText() : null);
        DialogFocus.startOn(dialog, reason);
        return dialog.showAndWait();
    }
}
