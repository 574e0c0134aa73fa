package org.maracdesk.ui.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.maracdesk.casework.retention.DestructionEntry;
import org.maracdesk.casework.retention.RecordType;
import org.maracdesk.casework.retention.RetentionDue;
import org.maracdesk.casework.retention.RetentionService;
import org.maracdesk.ui.common.Messages;

/** The Retention tab. A purge is confirmed first and runs in the background. */
public final class RetentionView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());
    private final RetentionViewModel viewModel;
    private final Messages messages;

    @FXML private TableView<RetentionViewModel.Period> periodTable;
    @FXML private TableColumn<RetentionViewModel.Period, String> periodTypeColumn;
    @FXML private TableColumn<RetentionViewModel.Period, String> periodMonthsColumn;
    @FXML private Label typeLabel;
    @FXML private ComboBox<RecordType> typeBox;
    @FXML private Label monthsLabel;
    @FXML private Spinner<Integer> monthsSpinner;
    @FXML private Button saveButton;
    @FXML private TableView<RetentionDue> dueTable;
    @FXML private TableColumn<RetentionDue, String> dueCaseColumn;
    @FXML private TableColumn<RetentionDue, String> dueTypeColumn;
    @FXML private TableColumn<RetentionDue, String> dueFromColumn;
    @FXML private TableColumn<RetentionDue, String> dueOnColumn;
    @FXML private TableColumn<RetentionDue, Integer> dueRecordsColumn;
    @FXML private Button purgeButton;
    @FXML private TableView<DestructionEntry> logTable;
    @FXML private TableColumn<DestructionEntry, String> logWhenColumn;
    @FXML private TableColumn<DestructionEntry, String> logUserColumn;
    @FXML private TableColumn<DestructionEntry, String> logTypeColumn;
    @FXML private TableColumn<DestructionEntry, String> logCaseColumn;
    @FXML private TableColumn<DestructionEntry, Integer> logRecordsColumn;
    @FXML private Label statusLabel;

    public RetentionView(RetentionViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        bind(periodTypeColumn, p -> viewModel.typeName(p.type()));
        bind(periodMonthsColumn, p -> messages.format("admin.retention.months", p.months()));
        periodTable.setItems(viewModel.periods());
        typeLabel.setLabelFor(typeBox);
        monthsLabel.setLabelFor(monthsSpinner);
        typeBox.getItems().setAll(RecordType.values());
        typeBox.setCellFactory(l -> typeCell());
        typeBox.setButtonCell(typeCell());
        monthsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, RetentionService.MAX_MONTHS, 72));
        monthsSpinner.setEditable(true);
        monthsSpinner.getEditor().setAccessibleText(messages.get("admin.retention.col.period"));
        periodTable.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                typeBox.setValue(p.type());
                monthsSpinner.getValueFactory().setValue(p.months());
            }
        });
        saveButton.disableProperty().bind(viewModel.busyProperty().or(typeBox.valueProperty().isNull()));
        bind(dueCaseColumn, RetentionDue::caseReference);
        bind(dueTypeColumn, d -> viewModel.typeName(d.type()));
        bind(dueFromColumn, d -> date(d.countedFrom()));
        bind(dueOnColumn, d -> date(d.dueOn()));
        bind(dueRecordsColumn, RetentionDue::records);
        dueTable.setItems(viewModel.due());
        purgeButton.disableProperty().bind(viewModel.busyProperty()
                .or(dueTable.getSelectionModel().selectedItemProperty().isNull()));
        bind(logWhenColumn, e -> TIME.format(e.at()));
        bind(logUserColumn, DestructionEntry::actor);
        bind(logTypeColumn, e -> viewModel.typeName(e.type()));
        bind(logCaseColumn, DestructionEntry::caseReference);
        bind(logRecordsColumn, DestructionEntry::records);
        logTable.setItems(viewModel.log());
        for (TableView<?> t : java.util.List.of(periodTable, dueTable, logTable)) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        statusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.load();
    }

    private static <R, T> void bind(TableColumn<R, T> column, Function<R, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private static String date(LocalDate d) {
        return DATE.format(d);
    }

    private ListCell<RecordType> typeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(RecordType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.typeName(item));
            }
        };
    }

    @FXML
    private void save() {
        viewModel.setPeriod(typeBox.getValue(), monthsSpinner.getValue());
    }

    @FXML
    private void purge() {
        RetentionDue item = dueTable.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        String key = item.type() == RecordType.REFERRAL ? "admin.retention.confirmCase" : "admin.retention.confirm";
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format(key, item.records(),
                viewModel.typeName(item.type()), item.caseReference()), ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(dueTable.getScene().getWindow());
        alert.setTitle(messages.get("admin.confirm.title"));
        alert.setHeaderText(null);
        if (alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            viewModel.purge(item);
        }
    }
}
