package org.maracdesk.ui.reports;


import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.maracdesk.casework.actions.AgencyActionCount;
import org.maracdesk.exchange.exports.DataReturn;
import org.maracdesk.exchange.exports.ExportFormat;
import org.maracdesk.exchange.reports.ReportFigures;
import org.maracdesk.risk.ReferralRoute;
import org.maracdesk.ui.common.Messages;

/** Charts (referrals by route, repeat rate, actions by agency) and the data return preview; exports. */
public final class ReportsView {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy");
    private final ReportsViewModel viewModel;
    private final Messages messages;
    private final ReportExports exports;
    private final javafx.scene.Node dashboard;

    @FXML private HBox exportsBox;
    @FXML private Label noticeLabel;
    @FXML private TabPane tabs;
    @FXML private StackedBarChart<String, Number> routesChart;
    @FXML private LineChart<String, Number> repeatsChart;
    @FXML private BarChart<Number, String> actionsChart;
    @FXML private Label fromLabel;
    @FXML private DatePicker fromPicker;
    @FXML private Label toLabel;
    @FXML private DatePicker toPicker;
    @FXML private Label populationLabel;
    @FXML private TextField populationField;
    @FXML private Button countButton;
    @FXML private TableView<List<String>> returnTable;
    @FXML private TableColumn<List<String>, String> measureColumn;
    @FXML private TableColumn<List<String>, String> numberColumn;
    @FXML private TableColumn<List<String>, String> percentColumn;
    @FXML private TableColumn<List<String>, String> definitionColumn;
    @FXML private Button exportCsvButton;
    @FXML private Button exportPdfButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label messageLabel;

    /** @param viewModel null for roles that may not see the figures (they get the exports they may make) */
    public ReportsView(ReportsViewModel viewModel, Messages messages, ReportExports exports) {
        this(viewModel, messages, exports, null);
    }

    /**
     * @param dashboard the dashboard tab's content, null for roles that see no case (issue 16): last of the tabs
     *                  for the coordinator, the only one for roles that may not see the area-wide figures
     */
    public ReportsView(ReportsViewModel viewModel, Messages messages, ReportExports exports, javafx.scene.Node dashboard) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.exports = exports;
        this.dashboard = dashboard;
    }

    @FXML
    private void initialize() {
        addExportButtons();
        if (dashboard != null) {
            javafx.scene.control.Tab tab = new javafx.scene.control.Tab(messages.get("reports.tab.dashboard"), dashboard);
            tab.setId("dashboardTab");
            tabs.getTabs().add(tab);
            // the data return's count and progress belong to its tabs; the dashboard has its own
            messageLabel.visibleProperty().bind(tab.selectedProperty().not());
        }
        if (viewModel == null) {
            boolean any = exports.minutes() != null || exports.actionSummary() != null || exports.profiles() != null;
            noticeLabel.setText(messages.get(any ? "reports.notForRole.exports" : "reports.notForRole"));
            noticeLabel.setVisible(true);
            noticeLabel.setManaged(true);
            tabs.getTabs().remove(0, 2);
            tabs.setVisible(dashboard != null);
            progress.setVisible(false);
            return;
        }
        fromLabel.setLabelFor(fromPicker);
        toLabel.setLabelFor(toPicker);
        populationLabel.setLabelFor(populationField);
        org.maracdesk.ui.common.DateFields.dayMonthYear(fromPicker, messages);
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        org.maracdesk.ui.common.DateFields.dayMonthYear(toPicker, messages);
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        fromPicker.setAccessibleText(messages.get("reports.return.from.accessible"));
        toPicker.setAccessibleText(messages.get("reports.return.to.accessible"));
        populationField.textProperty().bindBidirectional(viewModel.adultWomenProperty());
        bind(measureColumn, r -> ReportLabels.measure(messages, r.get(0), viewModel::agencyName));
        bind(numberColumn, r -> r.get(1));
        bind(percentColumn, r -> r.get(2));
        bind(definitionColumn, r -> DataReturn.definition(r.get(0)));
        definitionColumn.setCellFactory(c -> new WrappingCell(definitionColumn));
        returnTable.setItems(viewModel.returnRows());
        returnTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        countButton.disableProperty().bind(viewModel.busyProperty());
        boolean canExport = exports.dataReturn() != null;
        exportCsvButton.setVisible(canExport);
        exportPdfButton.setVisible(canExport);
        progress.visibleProperty().bind(viewModel.busyProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.figuresProperty().addListener((o, a, f) -> draw(f));
        viewModel.load();
    }

    private void addExportButtons() {
        if (exports.minutes() != null) {
            exportsBox.getChildren().add(button("reports.export.minutes", exports.minutes()));
        }
        if (exports.actionSummary() != null) {
            exportsBox.getChildren().add(button("reports.export.actionSummary", exports.actionSummary()));
        }
        if (exports.lapseList() != null) {
            Button lapses = button("reports.export.lapseList", exports.lapseList());
            lapses.setId("lapseListButton");
            exportsBox.getChildren().add(lapses);
        }
        if (exports.profiles() != null) {
            Button profiles = button("reports.export.profiles", exports.profiles());
            profiles.setId("profilesButton");
            profiles.setAccessibleText(messages.get("reports.export.profiles.accessible"));
            exportsBox.getChildren().add(profiles);
        }
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void draw(ReportFigures f) {
        List<String> months = f.months().stream().map(MONTH::format).toList();
        routesChart.getData().clear();
        StringBuilder said = new StringBuilder();
        for (Map.Entry<ReferralRoute, List<Long>> e : f.referralsByRoute().entrySet()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(ReportLabels.route(messages, e.getKey()));
            for (int i = 0; i < months.size(); i++) {
                s.getData().add(new XYChart.Data<>(months.get(i), e.getValue().get(i)));
            }
            routesChart.getData().add(s);
            said.append(messages.format("reports.chart.routes.accessibleItem", s.getName(),
                    e.getValue().stream().mapToLong(Long::longValue).sum()));
        }
        routesChart.setAccessibleText(messages.get("reports.chart.routes") + ": " + said);
        XYChart.Series<String, Number> rate = new XYChart.Series<>();
        rate.setName(messages.get("reports.chart.repeats"));
        StringBuilder rates = new StringBuilder();
        for (ReportFigures.MonthRepeats m : f.repeats()) {
            rate.getData().add(new XYChart.Data<>(MONTH.format(m.month()), m.percent()));
            rates.append(messages.format("reports.chart.repeats.accessibleItem", MONTH.format(m.month()),
                    Math.round(m.percent()), m.repeats(), m.referrals()));
        }
        repeatsChart.getData().setAll(List.of(rate));
        repeatsChart.setAccessibleText(messages.get("reports.chart.repeats") + ": " + rates);
        drawActions(f.actions());
    }

    private void drawActions(List<AgencyActionCount> counts) {
        XYChart.Series<Number, String> open = new XYChart.Series<>();
        open.setName(messages.get("actions.chart.open"));
        XYChart.Series<Number, String> overdue = new XYChart.Series<>();
        overdue.setName(messages.get("actions.chart.overdue"));
        StringBuilder text = new StringBuilder();
        // bars run across so agency names read level; the first name alphabetically at the top
        for (AgencyActionCount c : counts.stream()
                .sorted(java.util.Comparator.comparing(AgencyActionCount::agencyName).reversed()).toList()) {
            open.getData().add(new XYChart.Data<>(c.open(), c.agencyName()));
            overdue.getData().add(new XYChart.Data<>(c.overdue(), c.agencyName()));
            text.insert(0, messages.format("actions.chart.accessibleItem", c.agencyName(), c.open(), c.overdue()));
        }
        actionsChart.getData().setAll(List.of(open, overdue));
        actionsChart.setAccessibleText(messages.get("reports.chart.actions") + ": " + text);
    }

    @FXML
    private void count() {
        viewModel.preview();
    }

    @FXML
    private void exportCsv() {
        exportReturn(ExportFormat.CSV);
    }

    @FXML
    private void exportPdf() {
        exportReturn(ExportFormat.PDF);
    }

    private void exportReturn(ExportFormat format) {
        String problem = viewModel.problem();
        if (problem != null) {
            viewModel.messageProperty().set(problem);
            return;
        }
        exports.dataReturn().open(format, viewModel.fromProperty().get(), viewModel.toProperty().get(),
                viewModel.population());
    }

    /** A cell whose text wraps to the column's width (the row grows), so a definition is read whole. */
    private static final class WrappingCell extends javafx.scene.control.TableCell<List<String>, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell(TableColumn<List<String>, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setAccessibleText(empty ? null : item);
        }
    }

    private static void bind(TableColumn<List<String>, String> column, Function<List<String>, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
