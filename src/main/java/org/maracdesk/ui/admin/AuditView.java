package org.maracdesk.ui.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLine;
import org.maracdesk.ui.common.Messages;

/** The Audit tab: a plain-language check, filters, and the entries newest first. */
public final class AuditView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.systemDefault());
    private final AuditViewModel viewModel;
    private final Messages messages;

    @FXML private Button verifyButton;
    @FXML private Label verifyLabel;
    @FXML private Label userLabel;
    @FXML private TextField userField;
    @FXML private Label actionLabel;
    @FXML private ComboBox<AuditAction> actionBox;
    @FXML private Label caseLabel;
    @FXML private TextField caseField;
    @FXML private Button searchButton;
    @FXML private TableView<AuditLine> auditTable;
    @FXML private TableColumn<AuditLine, Long> seqColumn;
    @FXML private TableColumn<AuditLine, String> timeColumn;
    @FXML private TableColumn<AuditLine, String> userColumn;
    @FXML private TableColumn<AuditLine, String> actionColumn;
    @FXML private TableColumn<AuditLine, String> whatColumn;
    @FXML private Label statusLabel;
    @FXML private Button newerButton;
    @FXML private Button olderButton;

    public AuditView(AuditViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        verifyButton.setVisible(viewModel.canVerify());
        verifyButton.setManaged(viewModel.canVerify());
        verifyButton.disableProperty().bind(viewModel.busyProperty());
        verifyLabel.textProperty().bind(viewModel.verifyResultProperty());
        viewModel.brokenProperty().addListener((o, a, broken) -> {
            verifyLabel.getStyleClass().remove("error-text");
            if (broken) {
                verifyLabel.getStyleClass().add("error-text");
            }
        });
        userLabel.setLabelFor(userField);
        actionLabel.setLabelFor(actionBox);
        caseLabel.setLabelFor(caseField);
        userField.textProperty().bindBidirectional(viewModel.userProperty());
        caseField.textProperty().bindBidirectional(viewModel.caseReferenceProperty());
        actionBox.getItems().add(null);
        actionBox.getItems().addAll(AuditAction.values());
        actionBox.setCellFactory(l -> actionCell());
        actionBox.setButtonCell(actionCell());
        actionBox.valueProperty().bindBidirectional(viewModel.actionProperty());
        searchButton.disableProperty().bind(viewModel.busyProperty());
        bind(seqColumn, AuditLine::seq);
        bind(timeColumn, l -> TIME.format(l.at()));
        bind(userColumn, AuditLine::username);
        bind(actionColumn, l -> viewModel.actionName(l.action()));
        bind(whatColumn, viewModel::what);
        auditTable.setItems(viewModel.rows());
        auditTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        statusLabel.textProperty().bind(viewModel.statusProperty());
        newerButton.disableProperty().bind(viewModel.hasPreviousProperty().not().or(viewModel.busyProperty()));
        olderButton.disableProperty().bind(viewModel.hasNextProperty().not().or(viewModel.busyProperty()));
        viewModel.search();
    }

    private static <T> void bind(TableColumn<AuditLine, T> column, Function<AuditLine, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private ListCell<AuditAction> actionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AuditAction item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : viewModel.actionName(item));
            }
        };
    }

    @FXML
    private void verify() {
        viewModel.verifyNow();
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void whoSaw() {
        viewModel.whoSaw(caseField.getText());
    }

    @FXML
    private void clear() {
        viewModel.clearFilters();
    }

    @FXML
    private void newer() {
        viewModel.previousPage();
    }

    @FXML
    private void older() {
        viewModel.nextPage();
    }
}
