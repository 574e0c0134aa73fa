package org.maracdesk.ui.admin;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.maracdesk.security.AccountRow;
import org.maracdesk.ui.common.Messages;

/** The Accounts tab. Every change is confirmed in a dialog first. */
public final class AccountsView {
    private final AccountsViewModel viewModel;
    private final Messages messages;
    private final AccountDialogs dialogs;

    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private Button resetButton;
    @FXML private Button roleButton;
    @FXML private Button renewKeyButton;
    @FXML private TableView<AccountRow> accountsTable;
    @FXML private TableColumn<AccountRow, String> usernameColumn;
    @FXML private TableColumn<AccountRow, String> nameColumn;
    @FXML private TableColumn<AccountRow, String> roleColumn;
    @FXML private TableColumn<AccountRow, String> agencyColumn;
    @FXML private TableColumn<AccountRow, String> activeColumn;
    @FXML private Label statusLabel;
    @FXML private Label problemLabel;

    public AccountsView(AccountsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = new AccountDialogs(messages);
    }

    @FXML
    private void initialize() {
        bind(usernameColumn, r -> r.account().username());
        bind(nameColumn, r -> r.account().displayName());
        bind(roleColumn, r -> messages.get(r.account().role().messageKey()));
        bind(agencyColumn, r -> r.account().agencyCode() == null ? "" : r.account().agencyCode());
        bind(activeColumn, r -> messages.get(r.active() ? "admin.accounts.active.yes" : "admin.accounts.active.no"));
        accountsTable.setItems(viewModel.rows());
        accountsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var noActiveSelection = accountsTable.getSelectionModel().selectedItemProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
                    AccountRow r = accountsTable.getSelectionModel().getSelectedItem();
                    return r != null && !r.active();
                }, accountsTable.getSelectionModel().selectedItemProperty()));
        removeButton.disableProperty().bind(noActiveSelection.or(viewModel.busyProperty()));
        resetButton.disableProperty().bind(noActiveSelection.or(viewModel.busyProperty()));
        roleButton.disableProperty().bind(noActiveSelection.or(viewModel.busyProperty()));
        addButton.disableProperty().bind(viewModel.busyProperty());
        renewKeyButton.disableProperty().bind(viewModel.busyProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        viewModel.olderBackups().addListener((javafx.collections.ListChangeListener<
                org.maracdesk.security.BackupAdministration.AutomaticBackup>) c -> askAboutOlderBackups());
        viewModel.load();
    }

    /** After a removal or reset: offer to delete the automatic backups that still open with the old passphrase. */
    private void askAboutOlderBackups() {
        int n = viewModel.olderBackups().size();
        if (n == 0) {
            return;
        }
        javafx.application.Platform.runLater(() -> {
            if (viewModel.olderBackups().isEmpty()) {
                return;
            }
            if (confirm(messages.format("admin.accounts.olderBackups.confirm", n))) {
                viewModel.deleteOlderBackups();
            } else {
                viewModel.keepOlderBackups();
            }
        });
    }

    private static void bind(TableColumn<AccountRow, String> column, Function<AccountRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void add() {
        dialogs.newAccount(accountsTable.getScene().getWindow()).ifPresent(viewModel::add);
    }

    @FXML
    private void remove() {
        AccountRow row = accountsTable.getSelectionModel().getSelectedItem();
        if (row != null && confirm(messages.format("admin.accounts.remove.confirm", row.account().username(),
                row.account().displayName()))) {
            viewModel.remove(row);
        }
    }

    @FXML
    private void changeRole() {
        AccountRow row = accountsTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        dialogs.newRole(accountsTable.getScene().getWindow(), row.account())
                .ifPresent(c -> viewModel.changeRole(row, c.role(), c.agencyCode()));
    }

    @FXML
    private void reset() {
        AccountRow row = accountsTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        dialogs.newPassphrase(accountsTable.getScene().getWindow(), row.account().username())
                .ifPresent(p -> viewModel.reset(row, p[0], p[1]));
    }

    @FXML
    private void renewKey() {
        if (confirm(messages.get("admin.accounts.renewKey.confirm"))) {
            viewModel.renewRecoveryKey(this::showKeyOnce);
        }
    }

    /** Shows the new recovery key once, selectable for copying by hand; the array is wiped after. */
    private void showKeyOnce(char[] key) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(new String(key));
        org.maracdesk.common.Secrets.wipe(key);
        field.setEditable(false);
        field.setPrefColumnCount(36);
        field.setAccessibleText(messages.get("admin.accounts.renewKey.accessible"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.initOwner(accountsTable.getScene().getWindow());
        alert.setTitle(messages.get("admin.accounts.renewKey.title"));
        alert.setHeaderText(messages.get("admin.accounts.renewKey.header"));
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(8, field,
                new javafx.scene.control.Label(messages.get("admin.accounts.renewKey.keep"))));
        alert.showAndWait();
        field.clear();
    }

    private boolean confirm(String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(accountsTable.getScene().getWindow());
        alert.setTitle(messages.get("admin.confirm.title"));
        alert.setHeaderText(null);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }
}
