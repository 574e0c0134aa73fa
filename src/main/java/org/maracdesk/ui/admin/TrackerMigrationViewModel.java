package org.maracdesk.ui.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.CancelledException;
import org.maracdesk.casework.migration.MigrationResult;
import org.maracdesk.exchange.tracker.ColumnMapping;
import org.maracdesk.exchange.tracker.TrackerField;
import org.maracdesk.exchange.tracker.TrackerFileException;
import org.maracdesk.exchange.tracker.TrackerMigrator;
import org.maracdesk.exchange.tracker.MappingFile;
import org.maracdesk.exchange.tracker.TrackerRejectedException;
import org.maracdesk.exchange.tracker.TrackerReport;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The Migrate a tracker tab (issue 17): the same {@link TrackerMigrator} as {@code migrate tracker}.
 * Choosing a file runs a dry run with the proposed mapping; the coordinator may change what each
 * column is read as and run the dry run again; the migration itself is offered only when the last
 * dry run, with the mapping as it now stands, found no problem. Everything slow runs on the
 * background executor; the migration stops through a {@link Cancellation}, never an interrupt.
 */
public final class TrackerMigrationViewModel {
    /** What a column is read as: one field, kept in the notes, or left out. */
    public record Choice(TrackerField field, boolean notes) {
        public static final Choice NOTES = new Choice(null, true);
        public static final Choice LEAVE_OUT = new Choice(null, false);

        public static List<Choice> all() {
            List<Choice> all = new ArrayList<>();
            for (TrackerField f : TrackerField.values()) {
                all.add(new Choice(f, false));
            }
            all.add(NOTES);
            all.add(LEAVE_OUT);
            return all;
        }
    }

    /** One column of the tracker and what it is read as. */
    public static final class ColumnRow {
        private final String column;
        private final ObjectProperty<Choice> choice;

        ColumnRow(String column, Choice choice) {
            this.column = column;
            this.choice = new SimpleObjectProperty<>(choice);
        }

        public String column() {
            return column;
        }

        public ObjectProperty<Choice> choiceProperty() {
            return choice;
        }
    }

    private final TrackerMigrator migrator;
    private final TaskExecutor executor;
    private final Executor fxThread;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final StringProperty report = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty migrating = new SimpleBooleanProperty();
    /** The last dry run was clean and the mapping has not changed since. */
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final TrackerNames names;
    private final TrackerReportText reportText;
    private TrackerMigrator.Prepared prepared;
    private Cancellation cancellation;
    private Path loadedFrom;

    public TrackerMigrationViewModel(TrackerMigrator migrator, TaskExecutor executor, Executor fxThread,
                                     ErrorHandler errors, Messages messages) {
        this.migrator = migrator;
        this.executor = executor;
        this.fxThread = fxThread;
        this.errors = errors;
        this.messages = messages;
        this.names = new TrackerNames(messages);
        this.reportText = new TrackerReportText(messages);
    }

    /** A tracker file chosen: a dry run with the mapping proposed from its header and values. */
    public void choose(Path chosen) {
        file.set(chosen);
        columns.clear();
        names.clear();
        dryRun(null, true);
    }

    /** A path typed by hand: read when it names a file, otherwise said so. */
    public void chooseTyped(String typed) {
        String text = typed == null ? "" : typed.strip();
        Path path = null;
        try {
            path = text.isEmpty() ? null : Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            path = null;
        }
        if (path == null) {
            status.set(messages.format("migrate.noSuchFile", text));
            return;
        }
        choose(path);
    }

    /** A dry run with the columns as they now stand in the table. */
    public void dryRun() {
        if (file.get() == null) {
            return;
        }
        ColumnMapping mapping = mappingFromTable();
        if (mapping != null) {
            dryRun(mapping, false);
        }
    }

    /**
     * Reads a saved mapping file (the command line's {@code --mapping} format) and runs the dry run with it;
     * the columns and names then show what it says.
     */
    public void loadMapping(Path mappingFile) {
        if (file.get() == null) {
            status.set(messages.get("migrate.mapping.noFile"));
            return;
        }
        busy.set(true);
        executor.execute(() -> MappingFile.read(mappingFile), loaded -> {
            busy.set(false);
            loadedFrom = mappingFile;
            dryRun(loaded, true);
        }, failure -> {
            busy.set(false);
            mappingFailed(failure, "migrate.mapping.unreadable");
        });
    }

    /** Writes the mapping as it stands (columns and names) to a file the command line's --mapping reads. */
    public void saveMapping(Path mappingFile) {
        ColumnMapping mapping = mappingFromTable();
        if (mapping == null) {
            return;
        }
        busy.set(true);
        executor.execute(() -> {
            MappingFile.write(mapping, mappingFile);
            return mappingFile;
        }, saved -> {
            busy.set(false);
            status.set(messages.format("migrate.mapping.saved", saved.toString()));
        }, failure -> {
            busy.set(false);
            mappingFailed(failure, "migrate.mapping.cannotWrite");
        });
    }

    private void mappingFailed(Throwable failure, String ioKey) {
        if (failure instanceof TrackerFileException e) {
            status.set(messages.format("migrate.mapping.unusable", e.getMessage()));
        } else if (failure instanceof java.io.IOException || failure instanceof java.io.UncheckedIOException) {
            status.set(messages.get(ioKey));
        } else {
            errors.report(failure);
        }
    }

    /** @param refill whether the columns table is filled from the result (a proposed or loaded mapping) */
    private void dryRun(ColumnMapping mapping, boolean refill) {
        Path path = file.get();
        busy.set(true);
        ready.set(false);
        prepared = null;
        progress.set(0);
        status.set(messages.get("migrate.status.reading"));
        executor.execute(() -> migrator.prepareMapped(path, null, mapping), p -> {
            busy.set(false);
            prepared = p;
            if (refill) {
                fillColumns(p.report());
            }
            names.fill(p.report().mapping(), p.vocabulary());
            report.set(reportText(p.report()));
            ready.set(p.report().ok() && !p.victims().isEmpty());
            status.set(messages.get(p.report().ok() ? (p.victims().isEmpty() ? "migrate.status.empty"
                    : "migrate.status.ready") : "migrate.status.problems"));
            if (loadedFrom != null) {
                status.set(messages.format("migrate.mapping.loaded", loadedFrom.getFileName().toString(),
                        status.get()));
                loadedFrom = null;
            }
        }, failure -> {
            busy.set(false);
            loadedFrom = null;
            if (failure instanceof TrackerFileException e) {
                // The file's own problem (format, encoding, header), written for the coordinator; no case data.
                report.set(e.getMessage());
                status.set(messages.get("migrate.status.unreadable"));
            } else if (failure instanceof java.nio.file.NoSuchFileException) {
                report.set("");
                status.set(messages.format("migrate.noSuchFile", path.toString()));
            } else if (failure instanceof java.io.IOException) {
                report.set("");
                status.set(messages.get("migrate.status.unreadable"));
            } else {
                status.set("");
                errors.report(failure);
            }
        });
    }

    /** Migrates what the last dry run read, all or nothing, with progress. */
    public void migrate() {
        if (!ready.get() || prepared == null) {
            return;
        }
        TrackerMigrator.Prepared p = prepared;
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        busy.set(true);
        migrating.set(true);
        progress.set(0);
        status.set(messages.get("migrate.status.migrating"));
        executor.execute(() -> migrator.migrate(p, (done, total, left) -> fxThread.execute(() -> {
            progress.set(total == 0 ? 0 : (double) done / total);
            status.set(messages.format("migrate.status.progress", done, total));
        }), cancel), result -> finished(result, null), failure -> finished(null, failure));
    }

    private void finished(MigrationResult result, Throwable failure) {
        busy.set(false);
        migrating.set(false);
        ready.set(false);
        cancellation = null;
        if (result != null) {
            progress.set(1);
            prepared = null;
            status.set(messages.format("migrate.status.done", result.rows(), result.people(), result.cases(),
                    result.listings(), result.meetings(), result.repeats(), result.closedCases()));
        } else if (failure instanceof CancelledException) {
            progress.set(0);
            status.set(messages.get("migrate.status.cancelled"));
        } else if (failure instanceof TrackerRejectedException e) {
            progress.set(0);
            report.set(reportText(e.report()));
            status.set(messages.get("migrate.status.problems"));
        } else {
            progress.set(0);
            status.set(messages.get("migrate.status.failed"));
            errors.report(failure);
        }
    }

    /** Asks the running migration to stop; it rolls back, so nothing is written. */
    public void cancel() {
        Cancellation c = cancellation;
        if (c != null) {
            c.cancel();
            status.set(messages.get("migrate.status.cancelling"));
        }
    }

    /** A column's choice changed: the dry run must be run again before migrating. */
    public void choiceChanged() {
        ready.set(false);
        status.set(messages.get("migrate.status.changed"));
    }

    private void fillColumns(TrackerReport r) {
        List<ColumnRow> rows = new ArrayList<>();
        r.mapping().columns().forEach((f, c) -> rows.add(new ColumnRow(c, new Choice(f, false))));
        r.keptAsNotes().forEach(c -> rows.add(new ColumnRow(c, Choice.NOTES)));
        r.dropped().forEach(c -> rows.add(new ColumnRow(c, Choice.LEAVE_OUT)));
        columns.setAll(rows);
    }

    /** The table as a mapping, or null (with the reason shown) when two columns are read as one field. */
    private ColumnMapping mappingFromTable() {
        Map<TrackerField, String> byField = new EnumMap<>(TrackerField.class);
        List<String> notes = new ArrayList<>();
        for (ColumnRow row : columns) {
            Choice c = row.choiceProperty().get();
            if (c.field() != null) {
                String other = byField.putIfAbsent(c.field(), row.column());
                if (other != null) {
                    ready.set(false);
                    status.set(messages.format("migrate.status.twice", fieldName(c.field()), other, row.column()));
                    return null;
                }
            } else if (c.notes()) {
                notes.add(row.column());
            }
        }
        return new ColumnMapping(byField, notes, names.agencies(), names.districts());
    }

    String reportText(TrackerReport r) {
        return reportText.of(r);
    }

    /** How a choice reads in the table. */
    public String describe(Choice c) {
        return c == null ? "" : c.field() != null ? fieldName(c.field())
                : messages.get(c.notes() ? "migrate.choice.notes" : "migrate.choice.leaveOut");
    }

    private String fieldName(TrackerField f) {
        return messages.get("migrate.field." + f.key());
    }

    /** The names step: the tracker's agency and district names and where each is placed. */
    public TrackerNames names() {
        return names;
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public StringProperty reportProperty() {
        return report;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty migratingProperty() {
        return migrating;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    /** The migration may be started now. */
    public BooleanBinding mayMigrate() {
        return Bindings.createBooleanBinding(() -> ready.get() && !busy.get(), ready, busy);
    }
}
