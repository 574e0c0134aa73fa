package org.maracdesk.ui.account;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.security.PassphrasePolicy;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.SecretFields;

/**
 * Go → Change my passphrase…: the current passphrase, the new one and the new one again, each with its own
 * mnemonic and a label screen readers read; what is wrong is said under the fields and the dialog stays open (the
 * fields are emptied, nothing is kept). Once changed, the dialog closes and {@code said} tells the window.
 */
public final class OwnPassphraseDialog {
    private final OwnPassphraseViewModel vm;
    private final Messages messages;

    public OwnPassphraseDialog(OwnPassphraseViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** Shows the dialog over {@code owner}; {@code changed} runs after a successful change. */
    public void show(Window owner, Runnable changed) {
        PasswordField current = field("currentPassphraseField");
        PasswordField next = field("newPassphraseField");
        PasswordField again = field("newPassphraseAgainField");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        row(grid, 0, "passphrase.change.current", current);
        row(grid, 1, "passphrase.change.new", next);
        row(grid, 2, "passphrase.change.again", again);
        Label hint = new Label(messages.format("passphrase.change.hint", PassphrasePolicy.MIN_LENGTH,
                PassphrasePolicy.MAX_LENGTH));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a dialog otherwise cuts wrapped text to one line
        grid.add(hint, 1, 3);
        Label problem = new Label();
        problem.setId("passphraseProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setAccessibleRole(AccessibleRole.TEXT);
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(vm.problemProperty().isNotEmpty());
        Label intro = new Label(messages.get("passphrase.change.header"));
        intro.setWrapText(true);
        intro.setMaxWidth(520);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("passphrase.change.title"));
        dialog.getDialogPane().setContent(new VBox(10, intro, grid, problem));
        ButtonType change = new ButtonType(messages.get("passphrase.change.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("admin.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(change, cancel);
        Button ok = (Button) dialog.getDialogPane().lookupButton(change);
        ok.setId("changePassphraseButton");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open until the change is made
            vm.change(SecretFields.take(current), SecretFields.take(next), SecretFields.take(again), () -> {
                dialog.setResult(null);
                dialog.close();
                changed.run();
            });
            if (!vm.problemProperty().get().isEmpty()) {
                current.requestFocus();
            }
        });
        vm.problemProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                problem.requestFocus();
                current.requestFocus();
            }
        });
        dialog.setOnHidden(e -> {
            SecretFields.clear(current);
            SecretFields.clear(next);
            SecretFields.clear(again);
        });
        DialogFocus.startOn(dialog, current);
        dialog.showAndWait();
    }

    /** The dialog for the signed-in account, then, once changed, a message box saying so. */
    public static void open(Window owner, org.maracdesk.security.SessionManager sessions,
                            org.maracdesk.ui.common.TaskExecutor executor, org.maracdesk.ui.common.ErrorHandler errors,
                            Messages messages) {
        new OwnPassphraseDialog(new OwnPassphraseViewModel(sessions, executor, errors, messages), messages)
                .show(owner, () -> done(owner, messages));
    }

    /** Tells the user the change is made (an ordinary message box, read out by screen readers). */
    public static void done(Window owner, Messages messages) {
        javafx.scene.control.Alert said = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                messages.get("passphrase.change.done"), ButtonType.OK);
        said.initOwner(owner);
        said.setTitle(messages.get("passphrase.change.title"));
        said.setHeaderText(null);
        said.showAndWait();
    }

    private static PasswordField field(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }

    private void row(GridPane grid, int row, String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        field.setAccessibleText(label.getText().replace("_", ""));
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }
}
