package org.maracdesk.ui.actions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.actions.ActionHistoryEntry;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.AgencyActionCount;
import org.maracdesk.ui.common.Messages;

/** The Actions area: a list to choose, the chosen action in full with its history, the update form, a chart. */
public final class ActionsView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");
    private final ActionsViewModel viewModel;
    private final Messages messages;
    private final Consumer<ActionRow> exportCase;

    @FXML private Label listLabel;
    @FXML private ComboBox<ActionsList> listBox;
    @FXML private Label typeFilterLabel;
    @FXML private ComboBox<org.maracdesk.casework.actions.ActionTypeView> typeFilterBox;
    @FXML private TableColumn<ActionRow, String> typeColumn;
    @FXML private Label typeValue;
    @FXML private Label noticeLabel;
    @FXML private SplitPane split;
    @FXML private TableView<ActionRow> table;
    @FXML private TableColumn<ActionRow, String> caseColumn;
    @FXML private TableColumn<ActionRow, String> agencyColumn;
    @FXML private TableColumn<ActionRow, String> ownerColumn;
    @FXML private TableColumn<ActionRow, String> descriptionColumn;
    @FXML private TableColumn<ActionRow, LocalDate> dueColumn;
    @FXML private TableColumn<ActionRow, String> overdueColumn;
    @FXML private Label noneChosenLabel;
    @FXML private VBox detailBox;
    @FXML private Label caseValue;
    @FXML private Label meetingValue;
    @FXML private Label ownerValue;
    @FXML private Label targetValue;
    @FXML private Label dueValue;
    @FXML private Label statusValue;
    @FXML private Label descriptionValue;
    @FXML private Label historyLabel;
    @FXML private ListView<ActionHistoryEntry> historyList;
    @FXML private VBox correctionBox;
    @FXML private Label changesLabel;
    @FXML private ListView<ChangeHistory.Line> changesList;
    @FXML private Button editButton;
    @FXML private Button removeButton;
    @FXML private VBox updateBox;
    @FXML private ComboBox<ActionStatus> statusBox;
    @FXML private Label statusLabel;
    @FXML private DatePicker datePicker;
    @FXML private Label dateLabel;
    @FXML private TextArea noteField;
    @FXML private Label noteLabel;
    @FXML private Button saveButton;
    @FXML private Button exportButton;
    @FXML private VBox chartBox;
    @FXML private BarChart<Number, String> chart;
    @FXML private Label messageLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;

    /** @param exportCase opens the action-summary export for the chosen action's case; null when not allowed */
    public ActionsView(ActionsViewModel viewModel, Messages messages, Consumer<ActionRow> exportCase) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.exportCase = exportCase;
    }

    @FXML
    private void initialize() {
        ActionsAccess access = viewModel.access();
        if (access.lists().isEmpty()) {
            noticeLabel.setText(messages.get("actions.notForRole"));
            show(noticeLabel, true);
            show(split, false);
            listLabel.setVisible(false);
            listBox.setVisible(false);
            show(typeFilterLabel, false);
            show(typeFilterBox, false);
            show(previousButton, false);
            show(nextButton, false);
            return;
        }
        setUpListChoice(access.lists(), access.allAgencies());
        setUpTypeFilter();
        setUpTable(access.allAgencies());
        setUpDetails();
        setUpUpdateForm(access.canUpdate());
        show(chartBox, access.canUpdate());
        viewModel.counts().addListener((ListChangeListener<AgencyActionCount>) c -> redrawChart());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        previousButton.disableProperty().bind(viewModel.hasPreviousProperty().not().or(viewModel.busyProperty()));
        nextButton.disableProperty().bind(viewModel.hasNextProperty().not().or(viewModel.busyProperty()));
        previousButton.setAccessibleHelp(messages.get("actions.page.accessible"));
        nextButton.setAccessibleHelp(messages.get("actions.page.accessible"));
        viewModel.load();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    private void setUpListChoice(List<ActionsList> lists, boolean allAgencies) {
        listLabel.setLabelFor(listBox);
        listBox.getItems().setAll(lists);
        listBox.setCellFactory(l -> listCell(allAgencies));
        listBox.setButtonCell(listCell(allAgencies));
        listBox.valueProperty().bindBidirectional(viewModel.listProperty());
        listBox.setAccessibleText(messages.get("actions.view.accessible"));
    }

    /** "All types" and then each type; choosing one narrows the list (in the database) to that type. */
    private void setUpTypeFilter() {
        var all = new org.maracdesk.casework.actions.ActionTypeView("", messages.get("actions.typeFilter.all"),
                org.maracdesk.casework.ActionDetails.NONE, true);
        typeFilterLabel.setLabelFor(typeFilterBox);
        typeFilterBox.setAccessibleText(messages.get("actions.typeFilter.accessible"));
        typeFilterBox.setConverter(org.maracdesk.ui.common.DisplayConverter.of(
                (org.maracdesk.casework.actions.ActionTypeView t) -> t.active() ? t.name()
                        : messages.format("actions.typeFilter.retired", t.name())));
        typeFilterBox.getItems().setAll(all);
        typeFilterBox.setValue(all);
        viewModel.types().addListener((ListChangeListener<org.maracdesk.casework.actions.ActionTypeView>) c -> {
            var chosen = typeFilterBox.getValue();
            List<org.maracdesk.casework.actions.ActionTypeView> items = new java.util.ArrayList<>();
            items.add(all);
            items.addAll(viewModel.types());
            typeFilterBox.getItems().setAll(items);
            typeFilterBox.setValue(items.contains(chosen) ? chosen : all);
        });
        typeFilterBox.valueProperty().addListener((o, was, now) ->
                viewModel.typeFilterProperty().set(now == null || now == all ? null : now));
    }

    private ListCell<ActionsList> listCell(boolean allAgencies) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ActionsList item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : listName(item, allAgencies));
            }
        };
    }

    private String listName(ActionsList item, boolean allAgencies) {
        if (item == ActionsList.OPEN && !allAgencies) {
            return messages.get("actions.view.openMine");
        }
        return messages.get(item.messageKey());
    }

    private void setUpTable(boolean allAgencies) {
        bind(caseColumn, ActionRow::caseReference);
        bind(agencyColumn, ActionRow::agencyName);
        bind(ownerColumn, ActionRow::ownerName);
        bind(typeColumn, a -> ActionTypeFields.describe(messages, a.typeName(), a.detailText(), a.detailDate()));
        bind(descriptionColumn, ActionRow::description);
        bind(dueColumn, ActionRow::dueDate);
        dueColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ActionLabels.date(item));
            }
        });
        bind(overdueColumn, a -> viewModel.isOverdue(a) ? messages.get("actions.overdue.yes") : "");
        agencyColumn.setVisible(allAgencies);
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        // After a live refresh (decision 0038) the action that was chosen is chosen again, if still listed.
        viewModel.reselectProperty().addListener((o, was, id) -> {
            if (id != null) {
                table.getItems().stream().filter(r -> r.id() == id).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
    }

    private void setUpDetails() {
        historyLabel.setLabelFor(historyList);
        historyList.setItems(viewModel.history());
        historyList.setPlaceholder(new Label(messages.get("actions.history.none")));
        historyList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ActionHistoryEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : historyLine(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        viewModel.selectedProperty().addListener((o, a, row) -> showDetails(row));
        showDetails(null);
        show(correctionBox, viewModel.canCorrect());
        changesLabel.setLabelFor(changesList);
        changesList.setItems(viewModel.changes());
        changesList.setPlaceholder(new Label(messages.get("actions.changes.none")));
        changesList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ChangeHistory.Line item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ChangeLines.text(messages, item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        editButton.disableProperty().bind(viewModel.busyProperty());
        removeButton.disableProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void editAction() {
        viewModel.forEdit((editable, agencies) -> new ActionEditDialog(messages, List.copyOf(agencies.keySet()),
                code -> agencies.getOrDefault(code, code), List.copyOf(viewModel.types())).ask(table.getScene().getWindow(), editable)
                .ifPresent(viewModel::edit));
    }

    @FXML
    private void removeAction() {
        viewModel.forEdit((editable, agencies) -> new RemoveActionDialog(messages)
                .ask(table.getScene().getWindow(), editable).ifPresent(reason -> viewModel.remove(editable, reason)));
    }

    private void setUpUpdateForm(boolean canUpdate) {
        show(updateBox, canUpdate);
        statusBox.getItems().setAll(ActionStatus.values());
        statusBox.setCellFactory(l -> statusCell());
        statusBox.setButtonCell(statusCell());
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        org.maracdesk.ui.common.DateFields.dayMonthYear(datePicker, messages);
        datePicker.valueProperty().bindBidirectional(viewModel.completedOnProperty());
        noteField.textProperty().bindBidirectional(viewModel.noteProperty());
        statusLabel.setLabelFor(statusBox);
        dateLabel.setLabelFor(datePicker);
        noteLabel.setLabelFor(noteField);
        datePicker.setAccessibleText(messages.get("actions.update.date.accessible"));
        saveButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.selectedProperty().isNull())
                .or(viewModel.race().offeredProperty()));
        // After an update lost the race: Reload or Re-apply (decision 0051); Alt+O is "Completed on" here.
        updateBox.getChildren().add(org.maracdesk.ui.common.LostRaceBar.of(viewModel.race(), messages,
                "lostrace.reload.r"));
        show(exportButton, exportCase != null);
        exportButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    private void showDetails(ActionRow row) {
        show(noneChosenLabel, row == null);
        show(detailBox, row != null);
        if (row == null) {
            return;
        }
        caseValue.setText(row.caseReference());
        meetingValue.setText(row.meetingDate() == null ? messages.get("actions.detail.noMeeting")
                : ActionLabels.date(row.meetingDate()));
        ownerValue.setText(messages.format("actions.detail.agencyOwnerValue", row.agencyName(), row.ownerName()));
        targetValue.setText(row.target() == null ? "" : row.targetChild() != null ? messages.format(
                "children.action.target", messages.get(ActionLabels.targetKey(row.target())), row.targetChild())
                : messages.get(ActionLabels.targetKey(row.target())));
        typeValue.setText(ActionTypeFields.describe(messages, row.typeName(), row.detailText(), row.detailDate()));
        dueValue.setText(row.dueDate() == null ? messages.get("actions.detail.noDue")
                : viewModel.isOverdue(row) ? messages.format("actions.detail.dueOverdue", ActionLabels.date(row.dueDate()))
                : ActionLabels.date(row.dueDate()));
        statusValue.setText(messages.get(ActionLabels.stateKey(row.status())));
        descriptionValue.setText(row.description());
    }

    private String historyLine(ActionHistoryEntry e) {
        String when = WHEN.format(e.at().atZone(ZoneId.systemDefault()));
        String line = messages.format("actions.history.line", when, e.by(),
                messages.get(ActionLabels.stateKey(e.from())), messages.get(ActionLabels.stateKey(e.to())));
        if (e.completedOn() != null) {
            line += " " + messages.format("actions.history.completed", ActionLabels.date(e.completedOn()));
        }
        return e.note() == null ? line : line + "\n" + e.note();
    }

    private ListCell<ActionStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ActionStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get(ActionLabels.stateKey(item)));
            }
        };
    }

    private void redrawChart() {
        XYChart.Series<Number, String> open = new XYChart.Series<>();
        open.setName(messages.get("actions.chart.open"));
        XYChart.Series<Number, String> overdue = new XYChart.Series<>();
        overdue.setName(messages.get("actions.chart.overdue"));
        StringBuilder text = new StringBuilder();
        // bars run across so agency names read level; the first name alphabetically at the top
        for (AgencyActionCount c : viewModel.counts().stream()
                .sorted(java.util.Comparator.comparing(AgencyActionCount::agencyName).reversed()).toList()) {
            open.getData().add(new XYChart.Data<>(c.open(), c.agencyName()));
            overdue.getData().add(new XYChart.Data<>(c.overdue(), c.agencyName()));
            text.insert(0, messages.format("actions.chart.accessibleItem", c.agencyName(), c.open(), c.overdue()));
        }
        chart.getData().setAll(List.of(open, overdue));
        chart.setAccessibleText(messages.get("actions.chart.title") + ": " + text);
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void exportCase() {
        ActionRow row = viewModel.selectedProperty().get();
        if (row != null && exportCase != null) {
            exportCase.accept(row);
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static <T> void bind(TableColumn<ActionRow, T> column, Function<ActionRow, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
