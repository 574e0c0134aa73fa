package org.maracdesk.ui.admin;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
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
import org.maracdesk.ui.admin.TrackerNames.NameRow;
import org.maracdesk.ui.admin.TrackerNames.Place;
import org.maracdesk.ui.common.Messages;

/**
 * The Migrate a tracker tab. The file is chosen on the FX thread; reading, the dry run and the
 * migration run in the background. A column's reading is changed with the box beside the table
 * (the selected row), which the keyboard reaches with Tab like any other field.
 */
public final class TrackerMigrationView {
    /** Asks for a mapping file to load ({@code save} false) or to save to; null when the user cancels. */
    @FunctionalInterface
    interface MappingFileAsker {
        File ask(javafx.stage.Window owner, boolean save);
    }

    private final TrackerMigrationViewModel viewModel;
    private final Messages messages;
    private final MappingFileAsker asker;

    @FXML private Button chooseButton;
    @FXML private Label fileLabel;
    @FXML private TextField fileField;
    @FXML private TableView<ColumnRow> columnTable;
    @FXML private TableColumn<ColumnRow, String> columnColumn;
    @FXML private TableColumn<ColumnRow, String> choiceColumn;
    @FXML private Label choiceLabel;
    @FXML private ComboBox<Choice> choiceBox;
    @FXML private TableView<NameRow> namesTable;
    @FXML private TableColumn<NameRow, String> kindColumn;
    @FXML private TableColumn<NameRow, String> nameColumn;
    @FXML private TableColumn<NameRow, String> placeColumn;
    @FXML private Label placeLabel;
    @FXML private ComboBox<Place> placeBox;
    @FXML private Button loadButton;
    @FXML private Button saveButton;
    @FXML private Label unplacedLabel;
    @FXML private Button dryRunButton;
    @FXML private Label reportLabel;
    @FXML private TextArea reportText;
    @FXML private Button migrateButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    private boolean showingRow;
    private boolean showingName;

    public TrackerMigrationView(TrackerMigrationViewModel viewModel, Messages messages) {
        this(viewModel, messages, null);
    }

    /** With another way to ask for the mapping file (tests); null asks with the system's file dialog. */
    TrackerMigrationView(TrackerMigrationViewModel viewModel, Messages messages, MappingFileAsker asker) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.asker = asker != null ? asker : this::askWithDialog;
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
        loadButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.fileProperty().isNull()));
        saveButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.isEmpty(viewModel.columns())));
        initializeNames();
    }

    /** The names step: the table of names and, beside it, the box that places the selected one. */
    private void initializeNames() {
        TrackerNames names = viewModel.names();
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(names.describe(c.getValue().kind())));
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        placeColumn.setCellValueFactory(c -> c.getValue().placeProperty().map(Place::shown));
        namesTable.setItems(names.rows());
        namesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        placeLabel.setLabelFor(placeBox);
        namesTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            showingName = true;
            placeBox.getItems().setAll(now == null ? java.util.List.of() : names.places(now.kind()));
            placeBox.setValue(now == null ? null : now.placeProperty().get());
            showingName = false;
        });
        placeBox.valueProperty().addListener((o, was, now) -> {
            NameRow row = namesTable.getSelectionModel().getSelectedItem();
            if (!showingName && row != null && now != null && !now.equals(row.placeProperty().get())) {
                row.placeProperty().set(now);
                viewModel.choiceChanged();
                showUnplaced();
            }
        });
        placeBox.disableProperty().bind(namesTable.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.busyProperty()));
        names.rows().addListener((javafx.collections.ListChangeListener<NameRow>) c -> {
            if (!names.rows().isEmpty() && namesTable.getSelectionModel().isEmpty()) {
                namesTable.getSelectionModel().select(0);
            }
            showUnplaced();
        });
    }

    private void showUnplaced() {
        TrackerNames names = viewModel.names();
        unplacedLabel.setText(names.rows().isEmpty() ? "" : messages.format("migrate.names.unplaced",
                names.unplaced()));
    }

    @FXML
    private void loadMapping() {
        File chosen = asker.ask(loadButton.getScene().getWindow(), false);
        if (chosen != null) {
            viewModel.loadMapping(chosen.toPath());
        }
    }

    @FXML
    private void saveMapping() {
        File chosen = asker.ask(saveButton.getScene().getWindow(), true);
        if (chosen != null) {
            viewModel.saveMapping(chosen.toPath());
        }
    }

    private File askWithDialog(javafx.stage.Window owner, boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(save ? "migrate.mapping.saveTitle" : "migrate.mapping.loadTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("migrate.mapping.filter"), "*.json"),
                new FileChooser.ExtensionFilter(messages.get("migrate.choose.all"), "*"));
        Path tracker = viewModel.fileProperty().get();
        if (tracker != null && tracker.toAbsolutePath().getParent() != null
                && java.nio.file.Files.isDirectory(tracker.toAbsolutePath().getParent())) {
            chooser.setInitialDirectory(tracker.toAbsolutePath().getParent().toFile());
            if (save) {
                String name = tracker.getFileName().toString();
                int dot = name.lastIndexOf('.');
                chooser.setInitialFileName((dot > 0 ? name.substring(0, dot) : name) + "-mapping.json");
            }
        }
        return save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
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
