package org.maracdesk.ui.admin;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.common.BackupNotWrittenException;
import org.maracdesk.security.BackupAdministration;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** The Backups tab: back up now (in the background), the automatic backups, and how to restore. */
public final class BackupsViewModel {
    private final BackupAdministration backups;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<BackupAdministration.AutomaticBackup> automatic = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final java.time.Clock clock;

    public BackupsViewModel(BackupAdministration backups, TaskExecutor executor, ErrorHandler errors,
                            Messages messages, java.time.Clock clock) {
        this.backups = backups;
        this.clock = clock;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    /** The file name the save dialog offers: today's date in it. */
    public String suggestedFileName() {
        return "marac-backup-" + java.time.LocalDate.now(clock) + ".zip";
    }

    public void load() {
        executor.execute(backups::automaticBackups, automatic::setAll, errors::report);
    }

    public void backUpTo(Path out) {
        busy.set(true);
        status.set(messages.get("admin.backups.working"));
        executor.execute(() -> backups.backupTo(out), summary -> {
            busy.set(false);
            status.set(messages.format("admin.backups.done", out.toString(), summary.rows(), summary.tables()));
        }, failure -> {
            busy.set(false);
            if (failure instanceof BackupNotWrittenException refused) {
                // Expected refusals: said on the screen, with what to do; no error dialog.
                status.set(messages.get(refused.reason() == BackupNotWrittenException.Reason.KEPT_CHANGING
                        ? "admin.backups.keptChanging" : "admin.backups.incomplete"));
                return;
            }
            status.set(messages.get("admin.backups.failed"));
            errors.report(failure);
        });
    }

    public String folder() {
        return backups.automaticBackupFolder().toString();
    }

    public String restoreHelp() {
        return messages.format("admin.backups.restoreHelp", "app/marac-desk restore --in FILE --vault NEWDIR",
                "app/marac-desk vault check --vault NEWDIR --user NAME");
    }

    public ObservableList<BackupAdministration.AutomaticBackup> automatic() {
        return automatic;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
