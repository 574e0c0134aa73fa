package org.maracdesk.ui.admin;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import org.maracdesk.security.BackupAdministration.AutomaticBackup;
import org.maracdesk.ui.common.Messages;

/** The Backups tab. The file is chosen on the FX thread; the backup itself runs in the background. */
public final class BackupsView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);
    private final BackupsViewModel viewModel;
    private final Messages messages;

    @FXML private Button backupButton;
    @FXML private Label statusLabel;
    @FXML private Label folderLabel;
    @FXML private TableView<AutomaticBackup> backupsTable;
    @FXML private TableColumn<AutomaticBackup, String> whenColumn;
    @FXML private TableColumn<AutomaticBackup, String> fileColumn;
    @FXML private TableColumn<AutomaticBackup, String> sizeColumn;
    @FXML private TextArea restoreText;

    public BackupsView(BackupsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        backupButton.disableProperty().bind(viewModel.busyProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        folderLabel.setText(messages.format("admin.backups.folder", viewModel.folder()));
        bind(whenColumn, b -> WHEN.format(b.takenAt()));
        bind(fileColumn, b -> b.file().getFileName().toString());
        bind(sizeColumn, b -> messages.format("admin.backups.size", Math.max(1, b.sizeBytes() / 1024)));
        backupsTable.setItems(viewModel.automatic());
        backupsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        restoreText.setText(viewModel.restoreHelp());
        viewModel.load();
    }

    private static void bind(TableColumn<AutomaticBackup, String> column,
                             Function<AutomaticBackup, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void backUp() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("admin.backups.choose"));
        chooser.setInitialFileName(viewModel.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("admin.backups.filter"), "*.zip"));
        File chosen = chooser.showSaveDialog(backupButton.getScene().getWindow());
        if (chosen != null) {
            viewModel.backUpTo(chosen.toPath());
        }
    }
}
