package org.maracdesk.ui.admin;

import java.io.File;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.maracdesk.ui.admin.TrackerMigrationViewModel.Choice;
import org.maracdesk.ui.admin.TrackerMigrationViewModel.ColumnRow;
import org.maracdesk.ui.common.Messages;

/**
 * The Migrate a tracker tab. The file is chosen on the FX thread; reading, the dry run and the
 * migration run in the background. A column's reading is changed with the box beside the table
 * (the selected row), which the keyboard reaches with Tab like any other field.
 */
public final class TrackerMigrationView {
    private final TrackerMigrationViewModel viewModel;
    private final Messages messages;

    @FXML private Button chooseButton;
    @FXML private Label fileLabel;
    @FXML private TextField fileField;
    @FXML private TableView<ColumnRow> columnTable;
    @FXML private TableColumn<ColumnRow, String> columnColumn;
    @FXML private TableColumn<ColumnRow, String> choiceColumn;
    @FXML private Label choiceLabel;
    @FXML private ComboBox<Choice> choiceBox;
    @FXML private Button dryRunButton;
    @FXML private Label reportLabel;
    @FXML private TextArea reportText;
    @FXML private Button migrateButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    private boolean showingRow;

    public TrackerMigrationView(TrackerMigrationViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        fileLabel.setLabelFor(fileField);
        reportLabel.setLabelFor(reportText);
        fileField.disableProperty().bind(viewModel.busyProperty());
        columnColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().column()));
        choiceColumn.setCellValueFactory(c -> c.getValue().choiceProperty().map(viewModel::describe));
        columnTable.setItems(viewModel.columns());
        columnTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        choiceBox.getItems().setAll(Choice.all());
        StringConverter<Choice> names = new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return viewModel.describe(c);
            }

            @Override
            public Choice fromString(String s) {
                return null;
            }
        };
        choiceBox.setConverter(names);
        choiceBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : viewModel.describe(item));
            }
        });
        choiceLabel.setLabelFor(choiceBox);
        ChangeListener<ColumnRow> selected = (o, was, now) -> {
            showingRow = true;
            choiceBox.setValue(now == null ? null : now.choiceProperty().get());
            showingRow = false;
        };
        columnTable.getSelectionModel().selectedItemProperty().addListener(selected);
        choiceBox.valueProperty().addListener((o, was, now) -> {
            ColumnRow row = columnTable.getSelectionModel().getSelectedItem();
            if (!showingRow && row != null && now != null && !now.equals(row.choiceProperty().get())) {
                row.choiceProperty().set(now);
                viewModel.choiceChanged();
            }
        });
        choiceBox.disableProperty().bind(columnTable.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.busyProperty()));
        chooseButton.disableProperty().bind(viewModel.busyProperty());
        dryRunButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.fileProperty().isNull()));
        migrateButton.disableProperty().bind(viewModel.mayMigrate().not());
        cancelButton.disableProperty().bind(viewModel.migratingProperty().not());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        reportText.textProperty().bind(viewModel.reportProperty());
        viewModel.columns().addListener((javafx.collections.ListChangeListener<ColumnRow>) c -> {
            if (!viewModel.columns().isEmpty() && columnTable.getSelectionModel().isEmpty()) {
                columnTable.getSelectionModel().select(0);
            }
        });
    }

    @FXML
    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("migrate.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("migrate.choose.filter"), "*.xlsx", "*.csv"),
                new FileChooser.ExtensionFilter(messages.get("migrate.choose.all"), "*"));
        File chosen = chooser.showOpenDialog(chooseButton.getScene().getWindow());
        if (chosen != null) {
            fileField.setText(chosen.getPath());
            viewModel.choose(chosen.toPath());
        }
    }

    /** The path typed (or pasted) into the field, read on Enter. */
    @FXML
    private void read() {
        viewModel.chooseTyped(fileField.getText());
    }

    @FXML
    private void dryRun() {
        viewModel.dryRun();
    }

    @FXML
    private void migrate() {
        viewModel.migrate();
        cancelButton.requestFocus();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
