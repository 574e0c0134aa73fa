package org.maracdesk.ui.referrals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.CancelledException;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.exchange.referrals.ImportProblem;
import org.maracdesk.exchange.referrals.ImportReport;
import org.maracdesk.exchange.referrals.ReferralFileRejectedException;
import org.maracdesk.exchange.referrals.ReferralImporter;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * Import referrals from the window (issue 18): the same {@link ReferralImporter} as {@code referral
 * import}. Choosing a file (the file chooser, a typed path, or a file dropped on the referral list)
 * runs the preview — the same checks and the same run, rolled back — which shows what an import would
 * create, or every problem by line and field in the command line's own words. Import is offered only
 * after a clean preview of that file; it runs in the background with progress, all or nothing, and can
 * be cancelled (nothing is written then). The lines come from the importer, so the window and the
 * command line cannot word them differently.
 */
public final class ReferralImportViewModel {
    /** Where the dialog is: each state says what the buttons may do. */
    public enum Step { CHOOSE, PREVIEWING, PROBLEMS, READY, IMPORTING, DONE }

    private final ReferralImporter importer;
    private final Supplier<String> recordedBy;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final Executor fxThread;
    private final Consumer<String> imported;
    private final StringProperty fileText = new SimpleStringProperty("");
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty listTitle = new SimpleStringProperty("");
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The file the last clean preview was of; Import takes exactly this file. */
    private Path previewed;
    private Cancellation cancellation;

    /**
     * @param recordedBy the signed-in user's name, recorded on each referral as the command line does
     * @param imported   told the summary line after a successful import (the list shows it and reloads)
     */
    public ReferralImportViewModel(ReferralImporter importer, Supplier<String> recordedBy, TaskExecutor executor,
                                   ErrorHandler errors, Messages messages, Executor fxThread, Consumer<String> imported) {
        this.importer = importer;
        this.recordedBy = recordedBy;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.fxThread = fxThread;
        this.imported = imported;
        busy.bind(step.isEqualTo(Step.PREVIEWING).or(step.isEqualTo(Step.IMPORTING)));
        fileText.addListener((o, a, b) -> {
            if (step.get() == Step.READY && (previewed == null || !previewed.toString().equals(b))) {
                step.set(Step.CHOOSE); // another file: preview it first
                status.set(messages.get("referral.import.status.previewAgain"));
            }
        });
    }

    /** True for a file name a referral import reads: .csv or .json, whatever the case. */
    public static boolean importable(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".json");
    }

    /** Takes the file (chosen, or dropped on the list) and previews it at once. */
    public void choose(Path file) {
        fileText.set(file.toString());
        preview();
    }

    /** Previews the file named in the field: what an import would create, or what is wrong with it. */
    public void preview() {
        if (busy.get()) {
            return;
        }
        String text = fileText.get() == null ? "" : fileText.get().strip();
        Path file;
        try {
            file = text.isEmpty() ? null : Path.of(text);
        } catch (RuntimeException e) {
            file = null;
        }
        clear();
        if (file == null || !Files.isRegularFile(file)) {
            step.set(Step.CHOOSE);
            status.set(messages.format("referral.import.noSuchFile", text));
            return;
        }
        if (!importable(file)) {
            step.set(Step.CHOOSE);
            status.set(messages.get("referral.import.notCsvOrJson"));
            return;
        }
        Path chosen = file;
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        step.set(Step.PREVIEWING);
        status.set(messages.get("referral.import.status.previewing"));
        executor.execute(() -> importer.preview(chosen, recordedBy.get(), progressTo("referral.import.status.checked"),
                cancel), report -> {
                    cancellation = null;
                    previewed = chosen;
                    summary.set(report.previewSummary());
                    showReview(report);
                    progress.set(0);
                    step.set(Step.READY);
                    status.set(messages.get("referral.import.status.ready"));
                }, failure -> failed(failure, Step.CHOOSE));
    }

    /** Imports the previewed file, all or nothing, with progress. */
    public void importNow() {
        if (step.get() != Step.READY || previewed == null) {
            return;
        }
        Path file = previewed;
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        progress.set(0);
        step.set(Step.IMPORTING);
        status.set(messages.get("referral.import.status.importing"));
        executor.execute(() -> importer.importFile(file, recordedBy.get(), progressTo("referral.import.status.progress"),
                cancel), report -> {
                    cancellation = null;
                    previewed = null;
                    summary.set(report.summary());
                    showReview(report);
                    progress.set(1);
                    step.set(Step.DONE);
                    status.set(messages.get("referral.import.status.done"));
                    imported.accept(report.summary());
                }, failure -> failed(failure, Step.CHOOSE));
    }

    /** Stops a preview or import in progress; nothing is written. */
    public void cancel() {
        Cancellation c = cancellation;
        if (c != null) {
            c.cancel();
            status.set(messages.get("referral.import.status.cancelling"));
        }
    }

    private ProgressListener progressTo(String key) {
        return (done, total, left) -> fxThread.execute(() -> {
            progress.set(total == 0 ? 0 : (double) done / total);
            status.set(messages.format(key, done, total));
        });
    }

    private void showReview(ImportReport report) {
        List<String> review = report.reviewText();
        lines.setAll(review);
        listTitle.set(review.isEmpty() ? messages.get("referral.import.list.noDuplicates")
                : messages.format("referral.import.list.duplicates", review.size()));
    }

    private void failed(Throwable failure, Step back) {
        cancellation = null;
        progress.set(0);
        Throwable f = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (f instanceof ReferralFileRejectedException rejected) {
            previewed = null;
            summary.set(rejected.getMessage());
            lines.setAll(rejected.problems().stream().map(ImportProblem::toString).toList());
            listTitle.set(messages.format("referral.import.list.problems", rejected.problems().size()));
            step.set(Step.PROBLEMS);
            status.set(messages.get("referral.import.status.problems"));
        } else if (f instanceof CancelledException) {
            step.set(previewed != null ? Step.READY : back);
            status.set(messages.get("referral.import.status.cancelled"));
        } else if (f instanceof IOException) {
            step.set(back);
            status.set(messages.get("referral.import.status.unreadable"));
        } else {
            step.set(back);
            status.set(messages.get("referral.import.status.failed"));
            errors.report(f);
        }
    }

    private void clear() {
        previewed = null;
        summary.set("");
        listTitle.set("");
        lines.clear();
        progress.set(0);
    }

    public StringProperty fileTextProperty() {
        return fileText;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty listTitleProperty() {
        return listTitle;
    }

    public ObservableList<String> lines() {
        return lines;
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

    /** Import is offered only after a clean preview of the file in the field. */
    public BooleanBinding canImportProperty() {
        return Bindings.createBooleanBinding(() -> step.get() == Step.READY, step);
    }
}
