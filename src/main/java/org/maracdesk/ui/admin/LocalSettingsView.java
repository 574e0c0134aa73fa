package org.maracdesk.ui.admin;

import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.settings.SettingsVersion;
import org.maracdesk.ui.common.Messages;

/** The "This MARAC" tab: the local settings form and the versions saved so far. */
public final class LocalSettingsView {
    private final LocalSettingsViewModel viewModel;
    private final Messages messages;

    private final SignOffSection signOff;
    @FXML private javafx.scene.layout.VBox page;
    @FXML private Label currentLabel;
    @FXML private Label highLabel;
    @FXML private Spinner<Integer> highSpinner;
    @FXML private Label mediumLabel;
    @FXML private Spinner<Integer> mediumSpinner;
    @FXML private Label bandsLabel;
    @FXML private Label escalationLabel;
    @FXML private Spinner<Integer> escalationSpinner;
    @FXML private Label windowLabel;
    @FXML private Spinner<Integer> windowSpinner;
    @FXML private Label minutesDaysLabel;
    @FXML private Spinner<Integer> minutesDaysSpinner;
    @FXML private Label cutOffDaysLabel;
    @FXML private Spinner<Integer> cutOffDaysSpinner;
    @FXML private Label waitDaysLabel;
    @FXML private Spinner<Integer> waitDaysSpinner;
    @FXML private javafx.scene.control.ScrollPane scroll;
    @FXML private Label closedDaysLabel;
    @FXML private TextField closedDaysField;
    @FXML private Label closedDaysNote;
    @FXML private Label instrumentsLabel;
    @FXML private FlowPane instrumentsBox;
    @FXML private Label reasonLabel;
    @FXML private Label basesLabel;
    @FXML private javafx.scene.control.TextArea basesArea;
    @FXML private TextField reasonField;
    @FXML private Button saveButton;
    @FXML private Label statusLabel;
    @FXML private TableView<SettingsVersion> versionTable;
    @FXML private TableColumn<SettingsVersion, String> versionColumn;
    @FXML private TableColumn<SettingsVersion, String> whenColumn;
    @FXML private TableColumn<SettingsVersion, String> byColumn;
    @FXML private TableColumn<SettingsVersion, String> changesColumn;
    @FXML private TableColumn<SettingsVersion, String> reasonColumn;

    public LocalSettingsView(LocalSettingsViewModel viewModel, Messages messages) {
        this(viewModel, messages, null);
    }

    /** With {@code signOff} (null: not shown) the manager's sign-off switch ends the page, below the history. */
    LocalSettingsView(LocalSettingsViewModel viewModel, Messages messages, SignOffSection signOff) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.signOff = signOff;
    }

    @FXML
    private void initialize() {
        if (signOff != null) {
            // After the settings' own history, so that table is plainly theirs; the rule's line says its version.
            page.getChildren().add(signOff.build());
        }
        // A long page: the focused field is kept in view (Alt+R, Alt+O and Tab reach fields below the fold).
        org.maracdesk.ui.common.ScrollToFocus.install(scroll);
        currentLabel.textProperty().bind(viewModel.currentProperty());
        spinner(highLabel, highSpinner, 2, 60, viewModel.visibleHighRiskProperty());
        spinner(mediumLabel, mediumSpinner, 1, 59, viewModel.mediumFromProperty());
        spinner(escalationLabel, escalationSpinner, 1, 50, viewModel.escalationIncidentsProperty());
        spinner(windowLabel, windowSpinner, 1, 120, viewModel.repeatWindowMonthsProperty());
        // The timescales of decision 0059.
        spinner(minutesDaysLabel, minutesDaysSpinner, 1, 30, viewModel.minutesWithinDaysProperty());
        spinner(cutOffDaysLabel, cutOffDaysSpinner, 0, 30, viewModel.referralCutOffDaysProperty());
        spinner(waitDaysLabel, waitDaysSpinner, 1, 366, viewModel.longestWaitDaysProperty());
        closedDaysLabel.setLabelFor(closedDaysField);
        closedDaysField.textProperty().bindBidirectional(viewModel.closedDaysProperty());
        closedDaysNote.setText(viewModel.bankHolidaysNote());
        closedDaysField.setAccessibleHelp(closedDaysNote.getText());
        Runnable bands = () -> bandsLabel.setText(viewModel.bands());
        viewModel.visibleHighRiskProperty().addListener(o -> bands.run());
        viewModel.mediumFromProperty().addListener(o -> bands.run());
        bands.run();
        instrumentsLabel.setLabelFor(instrumentsBox);
        viewModel.instruments().addListener((javafx.collections.ListChangeListener<LocalSettingsViewModel.InstrumentChoice>)
                c -> instrumentBoxes());
        reasonLabel.setLabelFor(reasonField);
        basesLabel.setLabelFor(basesArea);
        basesArea.textProperty().bindBidirectional(viewModel.lawfulBasesProperty());
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.reasonProperty().isEmpty())
                .or(viewModel.race().offeredProperty()));
        // After a lost race: who saved meanwhile, Reload and Re-apply my change, under the Save row (decision 0051).
        javafx.scene.layout.Pane saveRow = (javafx.scene.layout.Pane) saveButton.getParent();
        javafx.scene.layout.Pane form = (javafx.scene.layout.Pane) saveRow.getParent();
        form.getChildren().add(form.getChildren().indexOf(saveRow) + 1,
                org.maracdesk.ui.common.LostRaceBar.of(viewModel.race(), messages));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        bind(versionColumn, v -> String.valueOf(v.settings().version()));
        bind(whenColumn, v -> v.settings().changedAt() == null ? ""
                : LocalSettingsViewModel.TIME.format(v.settings().changedAt()));
        bind(byColumn, v -> v.settings().changedBy() == null ? messages.get("admin.settings.builtIn")
                : v.settings().changedBy());
        bind(changesColumn, this::changes);
        bind(reasonColumn, v -> v.reason() == null ? "" : v.reason());
        wrapped(changesColumn);
        wrapped(reasonColumn);
        versionTable.setItems(viewModel.versions());
        versionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        viewModel.load();
    }

    private void spinner(Label label, Spinner<Integer> spinner, int min, int max, IntegerProperty value) {
        label.setLabelFor(spinner);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get());
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.getEditor().setAccessibleText(label.getText().replace("_", ""));
        spinner.setAccessibleText(label.getText().replace("_", ""));
        factory.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                value.set(b);
            }
        });
        value.addListener((o, a, b) -> factory.setValue(b.intValue()));
    }

    private void instrumentBoxes() {
        instrumentsBox.getChildren().clear();
        for (LocalSettingsViewModel.InstrumentChoice i : viewModel.instruments()) {
            CheckBox box = new CheckBox(i.title());
            box.setId("instrument-" + i.id());
            box.setMnemonicParsing(false);
            box.setAccessibleText(messages.format("admin.settings.instrumentInUse", i.title()));
            box.selectedProperty().bindBidirectional(i.inUse());
            instrumentsBox.getChildren().add(box);
        }
    }

    private String changes(SettingsVersion v) {
        return String.join("; ", v.changes().stream().map(this::change).toList());
    }

    private String change(ChangeHistory.Line l) {
        String field = switch (l.field()) {
            case "visibleHighRisk" -> messages.get("admin.settings.field.visibleHighRisk");
            case "mediumFrom" -> messages.get("admin.settings.field.mediumFrom");
            case "escalationIncidents" -> messages.get("admin.settings.field.escalationIncidents");
            case "repeatWindowMonths" -> messages.get("admin.settings.field.repeatWindowMonths");
            case "instruments" -> messages.get("admin.settings.field.instruments");
            case "minutesWithinDays" -> messages.get("admin.settings.field.minutesWithinDays");
            case "referralCutOffDays" -> messages.get("admin.settings.field.referralCutOffDays");
            case "longestWaitDays" -> messages.get("admin.settings.field.longestWaitDays");
            case "closedDays" -> messages.get("admin.settings.field.closedDays");
            default -> l.field();
        };
        return messages.format("admin.settings.change", field, l.oldValue(), l.newValue());
    }

    /** Long text wraps inside its cell (the row grows) instead of being cut off; in the theme's text colour. */
    private static <R> void wrapped(TableColumn<R, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
                setAccessibleText(empty ? null : item);
            }
        });
    }

    private static <R, T> void bind(TableColumn<R, T> column, Function<R, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
