package org.maracdesk.ui.actions;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.AgencyActionCount;
import org.maracdesk.ui.common.Messages;

/** The Actions area: open actions, open vs overdue by agency, and the status update form. */
public final class ActionsView {
    private final ActionsViewModel viewModel;
    private final Messages messages;

    @FXML private TableView<ActionRow> table;
    @FXML private TableColumn<ActionRow, String> caseColumn;
    @FXML private TableColumn<ActionRow, String> agencyColumn;
    @FXML private TableColumn<ActionRow, String> ownerColumn;
    @FXML private TableColumn<ActionRow, String> descriptionColumn;
    @FXML private TableColumn<ActionRow, LocalDate> dueColumn;
    @FXML private TableColumn<ActionRow, String> overdueColumn;
    @FXML private BarChart<String, Number> chart;
    @FXML private ComboBox<ActionStatus> statusBox;
    @FXML private Label statusLabel;
    @FXML private DatePicker datePicker;
    @FXML private Label dateLabel;
    @FXML private TextField noteField;
    @FXML private Label noteLabel;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;

    public ActionsView(ActionsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        bind(caseColumn, ActionRow::caseReference);
        bind(agencyColumn, ActionRow::agencyCode);
        bind(ownerColumn, ActionRow::ownerName);
        bind(descriptionColumn, ActionRow::description);
        bind(dueColumn, ActionRow::dueDate);
        bind(overdueColumn, a -> viewModel.isOverdue(a) ? messages.get("actions.overdue.yes") : "");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        statusBox.getItems().setAll(ActionStatus.values());
        statusBox.setCellFactory(l -> statusCell());
        statusBox.setButtonCell(statusCell());
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        datePicker.valueProperty().bindBidirectional(viewModel.completedOnProperty());
        noteField.textProperty().bindBidirectional(viewModel.noteProperty());
        statusLabel.setLabelFor(statusBox);
        dateLabel.setLabelFor(datePicker);
        noteLabel.setLabelFor(noteField);
        saveButton.disableProperty().bind(viewModel.busyProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.counts().addListener((ListChangeListener<AgencyActionCount>) c -> redrawChart());
        viewModel.load();
    }

    private ListCell<ActionStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ActionStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get(stateKey(item)));
            }
        };
    }

    private static String stateKey(ActionStatus status) {
        return switch (status) {
            case OPEN -> "actions.state.OPEN";
            case DONE -> "actions.state.DONE";
            case NOT_POSSIBLE -> "actions.state.NOT_POSSIBLE";
            case NOT_DONE -> "actions.state.NOT_DONE";
        };
    }

    private void redrawChart() {
        XYChart.Series<String, Number> open = new XYChart.Series<>();
        open.setName(messages.get("actions.chart.open"));
        XYChart.Series<String, Number> overdue = new XYChart.Series<>();
        overdue.setName(messages.get("actions.chart.overdue"));
        for (AgencyActionCount c : viewModel.counts()) {
            open.getData().add(new XYChart.Data<>(c.agencyCode(), c.open()));
            overdue.getData().add(new XYChart.Data<>(c.agencyCode(), c.overdue()));
        }
        chart.getData().setAll(java.util.List.of(open, overdue));
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    private static <T> void bind(TableColumn<ActionRow, T> column, Function<ActionRow, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
