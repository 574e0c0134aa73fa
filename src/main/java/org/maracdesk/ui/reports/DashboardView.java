package org.maracdesk.ui.reports;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.maracdesk.exchange.reports.DashboardCase;
import org.maracdesk.ui.common.Messages;

/**
 * The dashboard tab of the Reports area: a period, one section at a time as a bar chart or, with the table toggle,
 * as the table of every number behind it; Enter on a figure of the table (or a click on a bar) lists the cases
 * behind it, and Enter on a case opens it. The chart is never the only way: the table has every figure.
 */
public final class DashboardView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private final DashboardViewModel viewModel;
    private final Messages messages;

    @FXML private Label fromLabel;
    @FXML private DatePicker fromPicker;
    @FXML private Label toLabel;
    @FXML private DatePicker toPicker;
    @FXML private Button showButton;
    @FXML private Button dashboardExportButton;
    private final java.util.function.BiConsumer<java.time.LocalDate, java.time.LocalDate> export;
    @FXML private Label sectionLabel;
    @FXML private ComboBox<DashboardSection> sectionBox;
    @FXML private Button tableToggle;
    @FXML private Label summaryLabel;
    @FXML private BarChart<Number, String> chart;
    @FXML private TableView<DashboardTable.Row> figureTable;
    @FXML private Label casesLabel;
    @FXML private TableView<DashboardCase> casesTable;
    @FXML private TableColumn<DashboardCase, String> referenceColumn;
    @FXML private TableColumn<DashboardCase, String> districtColumn;
    @FXML private TableColumn<DashboardCase, String> openedColumn;
    @FXML private TableColumn<DashboardCase, String> statusColumn;
    @FXML private Button openButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label messageLabel;

    public DashboardView(DashboardViewModel viewModel, Messages messages) {
        this(viewModel, messages, null);
    }

    /** With {@code export} (the period of the figures shown), Export… offers them as CSV or XLSX. */
    public DashboardView(DashboardViewModel viewModel, Messages messages,
                         java.util.function.BiConsumer<java.time.LocalDate, java.time.LocalDate> export) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.export = export;
    }

    @FXML
    private void initialize() {
        fromLabel.setLabelFor(fromPicker);
        toLabel.setLabelFor(toPicker);
        sectionLabel.setLabelFor(sectionBox);
        fromPicker.setAccessibleText(messages.get("dashboard.from.accessible"));
        toPicker.setAccessibleText(messages.get("dashboard.to.accessible"));
        org.maracdesk.ui.common.DateFields.dayMonthYear(fromPicker, messages);
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        org.maracdesk.ui.common.DateFields.dayMonthYear(toPicker, messages);
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        sectionBox.getItems().setAll(DashboardViewModel.sections());
        sectionBox.setButtonCell(new SectionCell());
        sectionBox.setCellFactory(l -> new SectionCell());
        sectionBox.valueProperty().bindBidirectional(viewModel.sectionProperty());
        tableToggle.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.asTableProperty())
                .then(messages.get("dashboard.asChart")).otherwise(messages.get("dashboard.asTable")));
        tableToggle.setAccessibleHelp(messages.get("dashboard.asTable.help"));
        chart.visibleProperty().bind(viewModel.asTableProperty().not());
        figureTable.visibleProperty().bind(viewModel.asTableProperty());
        figureTable.getSelectionModel().setCellSelectionEnabled(true);
        figureTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                drillFocused();
                e.consume();
            }
        });
        figureTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                drillFocused();
            }
        });
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        casesLabel.textProperty().bind(viewModel.casesTitleProperty());
        casesLabel.setLabelFor(casesTable);
        casesTable.setAccessibleText(messages.get("dashboard.cases.accessible"));
        casesTable.setItems(viewModel.cases());
        casesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        text(referenceColumn, c -> c.reference());
        text(districtColumn, c -> c.district() == null ? "" : c.district());
        text(openedColumn, c -> c.openedOn() == null ? "" : DAY.format(c.openedOn()));
        text(statusColumn, c -> messages.get(c.open() ? "dashboard.cases.open.status" : "dashboard.cases.closed.status"));
        casesTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openChosen();
                e.consume();
            }
        });
        casesTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openChosen();
            }
        });
        openButton.setVisible(viewModel.opensCases());
        openButton.disableProperty().bind(casesTable.getSelectionModel().selectedItemProperty().isNull());
        showButton.disableProperty().bind(viewModel.busyProperty());
        dashboardExportButton.setVisible(export != null);
        dashboardExportButton.setManaged(export != null);
        dashboardExportButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.figuresProperty().isNull()));
        progress.visibleProperty().bind(viewModel.busyProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.tableProperty().addListener((o, a, t) -> draw(t));
        viewModel.load();
    }

    @FXML
    private void show() {
        viewModel.load();
    }

    @FXML
    private void exportFigures() {
        var shown = viewModel.figuresProperty().get();
        if (export != null && shown != null) {
            export.accept(shown.from(), shown.to());
        }
    }

    @FXML
    private void toggleTable() {
        viewModel.asTableProperty().set(!viewModel.asTableProperty().get());
        if (viewModel.asTableProperty().get()) {
            figureTable.requestFocus();
        }
    }

    @FXML
    private void openChosen() {
        viewModel.open(casesTable.getSelectionModel().getSelectedItem());
    }

    private void drillFocused() {
        DashboardTable t = viewModel.tableProperty().get();
        TablePosition<DashboardTable.Row, ?> at = figureTable.getFocusModel().getFocusedCell();
        if (t == null || at == null || at.getRow() < 0 || at.getRow() >= figureTable.getItems().size()) {
            return;
        }
        int column = Math.max(0, at.getColumn() - 1);
        viewModel.drill(figureTable.getItems().get(at.getRow()), t.columns().get(Math.min(column, t.columns().size() - 1)));
    }

    private void draw(DashboardTable t) {
        figureTable.getColumns().clear();
        chart.getData().clear();
        if (t == null) {
            figureTable.getItems().clear();
            return;
        }
        String title = sectionName(viewModel.sectionProperty().get());
        figureTable.setAccessibleText(messages.format("dashboard.table.accessible", title));
        TableColumn<DashboardTable.Row, String> first = new TableColumn<>(t.firstColumn());
        first.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        first.setPrefWidth(150);
        figureTable.getColumns().add(first);
        for (int i = 0; i < t.columns().size(); i++) {
            int index = i;
            TableColumn<DashboardTable.Row, String> c = new TableColumn<>(t.columns().get(i).header());
            c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().cells().get(index)));
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
            c.setPrefWidth(Math.max(60, 7.0 * t.columns().get(i).header().length() + 20));
            figureTable.getColumns().add(c);
        }
        figureTable.getItems().setAll(t.rows());
        drawChart(t, title);
    }

    private void drawChart(DashboardTable t, String title) {
        List<DashboardTable.Row> rows = t.rows().subList(0, t.rows().size() - 1);
        StringBuilder said = new StringBuilder(title).append(": ");
        for (DashboardTable.Series s : t.series()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(s.name());
            // bars run across so names read level; the first row at the top
            for (int i = rows.size() - 1; i >= 0; i--) {
                DashboardTable.Row row = rows.get(i);
                XYChart.Data<Number, String> bar = new XYChart.Data<>(s.values().get(i), row.name());
                bar.nodeProperty().addListener((o, a, node) -> {
                    if (node != null) {
                        node.setCursor(Cursor.HAND);
                        node.setOnMouseClicked(e -> viewModel.drill(row, s.measure(), s.name()));
                    }
                });
                series.getData().add(bar);
            }
            chart.getData().add(series);
        }
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder line = new StringBuilder(rows.get(i).name());
            for (DashboardTable.Series s : t.series()) {
                line.append(", ").append(s.name()).append(' ').append(s.values().get(i));
            }
            said.append(line).append(". ");
        }
        chart.setAccessibleText(rows.isEmpty() ? title + ": " + messages.get("dashboard.table.empty") : said.toString());
    }

    private String sectionName(DashboardSection s) {
        return s == null ? "" : switch (s) {
            case BY_AGENCY -> messages.get("dashboard.section.byAgency");
            case BY_DISTRICT -> messages.get("dashboard.section.byDistrict");
            case ACTIONS_BY_AGENCY -> messages.get("dashboard.section.actionsByAgency");
            case ACTIONS_BY_TYPE -> messages.get("dashboard.section.actionsByType");
            case CLOSED_BY_DISTRICT -> messages.get("dashboard.section.closed");
            case WEEKLY_MARKS -> messages.get("dashboard.section.marks");
            case TRANSFERS_BY_AREA -> messages.get("dashboard.section.transfers");
        };
    }

    private final class SectionCell extends ListCell<DashboardSection> {
        @Override
        protected void updateItem(DashboardSection item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : sectionName(item));
        }
    }

    private static void text(TableColumn<DashboardCase, String> column, java.util.function.Function<DashboardCase, String> f) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
    }
}
