package org.maracdesk.ui.exports;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.casework.meetings.MinutesRecords;
import org.maracdesk.exchange.exports.ExportFormat;
import org.maracdesk.exchange.exports.ExportResult;
import org.maracdesk.exchange.exports.ExportService;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The export dialog: choices, format, file, encrypt (on by default), the user's passphrase
 * again; then, once, the generated export passphrase.
 */
public final class ExportDialogViewModel {
    private static final String PGP = ".pgp";
    private final ExportRequest request;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObjectProperty<ExportRequest.Choice> first = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportRequest.Choice> second = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>();
    private final StringProperty file = new SimpleStringProperty("");
    private final BooleanProperty encrypt = new SimpleBooleanProperty(true);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Done> done = new SimpleObjectProperty<>();
    private final StringProperty preview = new SimpleStringProperty("");
    private MinutesPreviewText previewText;
    private final javafx.collections.ObservableList<MinutesRecords.Closing> versions =
            javafx.collections.FXCollections.observableArrayList();
    private final ObjectProperty<MinutesRecords.Closing> version = new SimpleObjectProperty<>();
    private boolean fillingVersions;
    private final org.maracdesk.ui.common.DisclosureChoice disclosure;

    /** What the export wrote; {@code passphrase} is the generated one, empty for plain output. */
    public record Done(Path file, String passphrase, int items, int withheld, String printer) {
        public Done(Path file, String passphrase, int items, int withheld) {
            this(file, passphrase, items, withheld, null);
        }

    }

    public ExportDialogViewModel(ExportRequest request, Path folder, TaskExecutor executor, ErrorHandler errors,
                                 Messages messages) {
        this.request = request;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.disclosure = new org.maracdesk.ui.common.DisclosureChoice(messages);
        if (request.first() != null && !request.first().options().isEmpty()) {
            first.set(request.first().options().get(0));
        }
        if (request.second() != null && !request.second().options().isEmpty()) {
            second.set(request.second().options().get(0));
        }
        format.set(request.formats().get(0));
        file.set(folder.resolve(fileName()).toString());
        format.addListener((o, a, b) -> renameForOptions());
        encrypt.addListener((o, a, b) -> renameForOptions());
        if (request.previewer() != null) {
            first.addListener((o, a, b) -> loadPreview());
            second.addListener((o, a, b) -> showPreview());
            version.addListener((o, a, b) -> {
                if (!fillingVersions && b != null) {
                    loadVersion(b);
                }
            });
            loadPreview();
        }
    }

    /** Whether the dialog shows what each copy will hold (minutes). */
    public boolean previews() {
        return request.previewer() != null;
    }

    /**
     * Reads the chosen meeting's copies in the background, before anything is written, with its versions: the
     * latest is chosen, as the command line's default is.
     */
    private void loadPreview() {
        ExportRequest.Choice meeting = first.get();
        previewText = null;
        fillingVersions = true;
        versions.clear();
        version.set(null);
        fillingVersions = false;
        if (meeting == null) {
            preview.set("");
            return;
        }
        preview.set(messages.get("export.preview.loading"));
        executor.execute(() -> request.previewer().outline(meeting.value(), null), outline -> {
            if (meeting.equals(first.get())) {
                fillingVersions = true;
                versions.setAll(outline.versions());
                version.set(versions.isEmpty() ? null : versions.get(0));
                fillingVersions = false;
                previewText = new MinutesPreviewText(outline, messages);
                showPreview();
            }
        }, this::previewFailed);
    }

    /** Another version chosen: what its copies hold, read again. */
    private void loadVersion(MinutesRecords.Closing chosen) {
        ExportRequest.Choice meeting = first.get();
        if (meeting == null) {
            return;
        }
        previewText = null;
        preview.set(messages.get("export.preview.loading"));
        executor.execute(() -> request.previewer().outline(meeting.value(), chosen.version()), outline -> {
            if (meeting.equals(first.get()) && chosen.equals(version.get())) {
                previewText = new MinutesPreviewText(outline, messages);
                showPreview();
            }
        }, this::previewFailed);
    }

    private void previewFailed(Throwable e) {
        preview.set(e instanceof IllegalArgumentException ? messages.format("export.error.input", e.getMessage())
                : messages.get("export.preview.failed"));
    }

    /** The versions of the chosen meeting's minutes, the latest first (empty until read, or for other exports). */
    public javafx.collections.ObservableList<MinutesRecords.Closing> versions() {
        return versions;
    }

    /** The chosen version; the latest unless the user chose another. */
    public ObjectProperty<MinutesRecords.Closing> versionProperty() {
        return version;
    }

    private Integer chosenVersion() {
        return version.get() == null ? null : version.get().version();
    }

    private void showPreview() {
        if (previewText != null) {
            preview.set(previewText.text(second.get() == null ? null : second.get().value()));
        }
    }

    public StringProperty previewProperty() {
        return preview;
    }

    /** The suggested name: stem, format extension, and .pgp when encrypted. */
    String fileName() {
        return request.fileStem() + "." + format.get().name().toLowerCase(Locale.ROOT) + (encrypt.get() ? PGP : "");
    }

    private void renameForOptions() {
        String current = file.get() == null ? "" : file.get().strip();
        if (current.isEmpty()) {
            return;
        }
        Path p = Path.of(current);
        Path parent = p.getParent();
        String name = p.getFileName().toString();
        if (name.endsWith(PGP)) {
            name = name.substring(0, name.length() - PGP.length());
        }
        for (ExportFormat f : ExportFormat.values()) {
            String ext = "." + f.name().toLowerCase(Locale.ROOT);
            if (name.endsWith(ext)) {
                name = name.substring(0, name.length() - ext.length());
            }
        }
        name = name + "." + format.get().name().toLowerCase(Locale.ROOT) + (encrypt.get() ? PGP : "");
        file.set(parent == null ? name : parent.resolve(name).toString());
    }

    /** Starts the export in the background; the passphrase array is wiped whatever happens. */
    public void export(char[] userPassphrase) {
        String problem = problem(userPassphrase);
        if (problem != null) {
            Arrays.fill(userPassphrase, '\0');
            error.set(problem);
            return;
        }
        error.set("");
        busy.set(true);
        String a = first.get() == null ? null : first.get().value();
        String b = second.get() == null ? null : second.get().value();
        ExportFormat f = format.get();
        ExportService.Target target = new ExportService.Target(Path.of(file.get().strip()), encrypt.get(),
                disclosure.disclosure());
        Integer v = chosenVersion();
        executor.execute(() -> {
            try {
                return request.runner().run(a, b, v, f, target, userPassphrase);
            } finally {
                Arrays.fill(userPassphrase, '\0');
            }
        }, this::finished, this::failed);
    }

    /** Prints the PDF instead of writing it (no file; recorded as PRINTED with the printer's name). */
    public void print(char[] userPassphrase, org.maracdesk.exchange.exports.PrintDestination printer) {
        String problem = request.first() != null && first.get() == null
                ? messages.format("export.error.choose", request.first().label())
                : disclosure.problem() != null ? disclosure.problem()
                : userPassphrase.length == 0 ? messages.get("export.error.noPassphrase") : null;
        if (problem != null) {
            Arrays.fill(userPassphrase, '\0');
            error.set(problem);
            return;
        }
        error.set("");
        busy.set(true);
        String a = first.get() == null ? null : first.get().value();
        String b = second.get() == null ? null : second.get().value();
        Integer v = chosenVersion();
        org.maracdesk.casework.disclosure.Disclosure chosen = disclosure.disclosure();
        executor.execute(() -> {
            try {
                return request.runner().run(a, b, v, ExportFormat.PDF,
                        ExportService.Target.print(printer, chosen), userPassphrase);
            } finally {
                Arrays.fill(userPassphrase, '\0');
            }
        }, r -> {
            busy.set(false);
            done.set(new Done(null, "", r.items(), r.withheld(), printer.printerName()));
        }, this::failed);
    }

    /** A problem found by the dialog itself (no printer), shown where the others are. */
    public void showProblem(String text) {
        error.set(text);
    }

    /** Printing is offered for documents (PDF), not for CSV. */
    public boolean printable() {
        return request.formats().contains(ExportFormat.PDF);
    }

    private String problem(char[] userPassphrase) {
        if (file.get() == null || file.get().isBlank()) {
            return messages.get("export.error.noFile");
        }
        if (request.first() != null && first.get() == null) {
            return messages.format("export.error.choose", request.first().label());
        }
        String basis = disclosure.problem();
        if (basis != null) {
            return basis;
        }
        if (userPassphrase.length == 0) {
            return messages.get("export.error.noPassphrase");
        }
        return null;
    }

    /** The lawful basis and consent the export is made under (decision 0048). */
    public org.maracdesk.ui.common.DisclosureChoice disclosure() {
        return disclosure;
    }

    private void finished(ExportResult result) {
        busy.set(false);
        String pass = "";
        if (result.exportPassphrase() != null) {
            pass = new String(result.exportPassphrase());
            Arrays.fill(result.exportPassphrase(), '\0');
        }
        done.set(new Done(result.file(), pass, result.items(), result.withheld()));
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof WrongCredentialsException) {
            error.set(messages.get("export.error.wrongPassphrase"));
        } else if (e instanceof NotPermittedException) {
            error.set(messages.get("export.error.notPermitted"));
        } else if (e instanceof UncheckedIOException) {
            error.set(messages.get("export.error.cannotWrite"));
        } else if (e instanceof IllegalArgumentException) {
            error.set(messages.format("export.error.input", e.getMessage()));
        } else {
            errors.report(e);
        }
    }

    /** Forgets the shown passphrase (the dialog is closing). */
    public void forget() {
        done.set(null);
    }

    public ExportRequest request() {
        return request;
    }

    public ObjectProperty<ExportRequest.Choice> firstProperty() {
        return first;
    }

    public ObjectProperty<ExportRequest.Choice> secondProperty() {
        return second;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Done> doneProperty() {
        return done;
    }
}
