package org.maracdesk.ui.admin;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.maracdesk.casework.Agency;
import org.maracdesk.security.PassphrasePolicy;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Role;
import org.maracdesk.common.Secrets;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.SecretFields;

/** The add-account and new-passphrase dialogs. Passphrase fields are cleared as soon as they are read. */
final class AccountDialogs {
    private final Messages messages;

    AccountDialogs(Messages messages) {
        this.messages = messages;
    }

    Optional<NewAccount> newAccount(Window owner) {
        Dialog<NewAccount> dialog = dialog(owner, "admin.accounts.add.title", "admin.accounts.add.ok");
        TextField username = new TextField();
        username.setId("newUsernameField");
        TextField displayName = new TextField();
        displayName.setId("newDisplayNameField");
        ComboBox<Role> role = new ComboBox<>();
        role.setId("newRoleBox");
        role.getItems().setAll(Role.values());
        role.setCellFactory(l -> roleCell());
        role.setButtonCell(roleCell());
        ComboBox<String> agency = new ComboBox<>();
        agency.setId("newAgencyBox");
        agency.getItems().setAll(Agency.codes());
        agency.disableProperty().bind(role.valueProperty().isNotEqualTo(Role.AGENCY_REPRESENTATIVE)
                .and(role.valueProperty().isNotEqualTo(Role.IDVA)));
        GridPane grid = grid();
        row(grid, 0, "admin.accounts.username", username);
        row(grid, 1, "admin.accounts.displayName", displayName);
        row(grid, 2, "admin.accounts.role", role);
        row(grid, 3, "admin.accounts.agency", agency);
        PassphrasePair pair = passphrasePair(grid, 4, "newPassphraseField", "newPassphraseAgainField");
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> {
            char[][] typed = pair.take(button);
            return typed == null ? null : new NewAccount(username.getText(), displayName.getText(), role.getValue(),
                    agency.getValue(), typed[0], typed[1]);
        });
        DialogFocus.startOn(dialog, username);
        return dialog.showAndWait();
    }

    /** The new role and agency (null when the role has none). */
    record RoleChoice(Role role, String agencyCode) {
    }

    Optional<RoleChoice> newRole(Window owner, AccountInfo account) {
        Dialog<RoleChoice> dialog = dialog(owner, "admin.accounts.role.title", "admin.accounts.role.ok");
        dialog.setHeaderText(messages.format("admin.accounts.role.header", account.username(), account.displayName()));
        ComboBox<Role> role = new ComboBox<>();
        role.setId("changeRoleBox");
        role.getItems().setAll(Role.values());
        role.setCellFactory(l -> roleCell());
        role.setButtonCell(roleCell());
        role.setValue(account.role());
        ComboBox<String> agency = new ComboBox<>();
        agency.getItems().setAll(Agency.codes());
        agency.setValue(account.agencyCode());
        agency.disableProperty().bind(role.valueProperty().isNotEqualTo(Role.AGENCY_REPRESENTATIVE)
                .and(role.valueProperty().isNotEqualTo(Role.IDVA)));
        GridPane grid = grid();
        row(grid, 0, "admin.accounts.role", role);
        row(grid, 1, "admin.accounts.agency", agency);
        grid.add(hint(messages.get("admin.accounts.role.hint")), 1, 2);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).disableProperty()
                .bind(role.valueProperty().isNull().or(role.valueProperty().isEqualTo(Role.AGENCY_REPRESENTATIVE)
                        .and(agency.valueProperty().isNull())));
        dialog.setResultConverter(b -> b != null && b.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? new RoleChoice(role.getValue(), agency.isDisabled() ? null : agency.getValue()) : null);
        DialogFocus.startOn(dialog, role);
        return dialog.showAndWait();
    }

    /** Two arrays: the new passphrase and its confirmation. */
    Optional<char[][]> newPassphrase(Window owner, String username) {
        Dialog<char[][]> dialog = dialog(owner, "admin.accounts.reset.title", "admin.accounts.reset.ok");
        dialog.setHeaderText(messages.format("admin.accounts.reset.header", username));
        GridPane grid = grid();
        PassphrasePair pair = passphrasePair(grid, 0, "resetPassphraseField", "resetPassphraseAgainField");
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(pair::take);
        DialogFocus.startOn(dialog, pair.pass());
        return dialog.showAndWait();
    }

    /** The passphrase typed twice, with the length hint under it, from grid row {@code row} on. */
    private PassphrasePair passphrasePair(GridPane grid, int row, String passId, String againId) {
        PasswordField pass = new PasswordField();
        pass.setId(passId);
        PasswordField again = new PasswordField();
        again.setId(againId);
        row(grid, row, "admin.accounts.passphrase", pass);
        row(grid, row + 1, "admin.accounts.passphraseAgain", again);
        grid.add(hint(messages.format("admin.accounts.passphraseHint", PassphrasePolicy.MIN_LENGTH,
                PassphrasePolicy.MAX_LENGTH)), 1, row + 2);
        return new PassphrasePair(pass, again);
    }

    private record PassphrasePair(PasswordField pass, PasswordField again) {
        /** Empties both fields; the two arrays when OK was pressed, otherwise null (and the arrays wiped). */
        char[][] take(ButtonType button) {
            char[] p = SecretFields.take(pass);
            char[] c = SecretFields.take(again);
            if (button == null || button.getButtonData() != ButtonBar.ButtonData.OK_DONE) {
                Secrets.wipe(p);
                Secrets.wipe(c);
                return null;
            }
            return new char[][] {p, c};
        }
    }

    private <T> Dialog<T> dialog(Window owner, String titleKey, String okKey) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(titleKey));
        ButtonType ok = new ButtonType(messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("admin.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        return dialog;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    private void row(GridPane grid, int row, String labelKey, Node field) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        field.setAccessibleText(label.getText().replace("_", ""));
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMaxWidth(320);
        return l;
    }

    private ListCell<Role> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get(item.messageKey()));
            }
        };
    }
}
