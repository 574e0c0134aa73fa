package org.maracdesk.ui.exports;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.maracdesk.exchange.exports.ExportFormat;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.SecretFields;

/** The export dialog's controller: binds the form, shows the generated passphrase once. */
public final class ExportDialog {
    private final ExportDialogViewModel viewModel;
    private final Messages messages;
    private Stage stage;

    @FXML private Label titleLabel;
    @FXML private VBox previewBox;
    @FXML private Label previewLabel;
    @FXML private javafx.scene.control.TextArea previewArea;
    @FXML private Label descriptionLabel;
    @FXML private VBox formBox;
    @FXML private ComboBox<ExportRequest.Choice> firstBox;
    @FXML private Label firstLabel;
    @FXML private ComboBox<ExportRequest.Choice> secondBox;
    @FXML private Label secondLabel;
    @FXML private ComboBox<org.maracdesk.casework.meetings.MinutesRecords.Closing> versionBox;
    @FXML private Label versionLabel;
    @FXML private ComboBox<ExportFormat> formatBox;
    @FXML private Label formatLabel;
    @FXML private TextField fileField;
    @FXML private Label fileLabel;
    @FXML private Button browseButton;
    @FXML private CheckBox encryptBox;
    @FXML private Label plainWarning;
    @FXML private PasswordField passphraseField;
    @FXML private Label passphraseLabel;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator progress;
    @FXML private Button exportButton;
    @FXML private VBox resultBox;
    @FXML private Label doneLabel;
    @FXML private VBox passBox;
    @FXML private TextField shownField;
    @FXML private Label shownLabel;
    @FXML private Label plainDoneLabel;
    @FXML private Button copyButton;
    @FXML private Button closeButton;
    @FXML private Label openProblem;
    @FXML private Button printButton;
    @FXML private Button openButton;
    @FXML private Button folderButton;
    private final org.maracdesk.ui.common.DesktopFiles desktop = new org.maracdesk.ui.common.DesktopFiles();
    private Path written;
    private org.maracdesk.ui.common.DisclosureFields basisFields;

    public ExportDialog(ExportDialogViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    void attach(Stage dialogStage) {
        this.stage = dialogStage;
        dialogStage.setOnHidden(e -> forget());
    }

    @FXML
    private void initialize() {
        ExportRequest request = viewModel.request();
        titleLabel.setText(request.title());
        descriptionLabel.setText(request.description());
        choice(request.first(), firstBox, firstLabel, viewModel.firstProperty());
        choice(request.second(), secondBox, secondLabel, viewModel.secondProperty());
        new VersionChooser(messages).attach(versionBox, versionLabel, viewModel);
        formatBox.getItems().setAll(request.formats());
        formatBox.valueProperty().bindBidirectional(viewModel.formatProperty());
        formatBox.setDisable(request.formats().size() < 2);
        formatLabel.setLabelFor(formatBox);
        fileField.textProperty().bindBidirectional(viewModel.fileProperty());
        fileLabel.setLabelFor(fileField);
        encryptBox.selectedProperty().bindBidirectional(viewModel.encryptProperty());
        plainWarning.visibleProperty().bind(encryptBox.selectedProperty().not());
        plainWarning.managedProperty().bind(plainWarning.visibleProperty());
        passphraseLabel.setLabelFor(passphraseField);
        errorLabel.textProperty().bind(viewModel.errorProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        exportButton.disableProperty().bind(viewModel.busyProperty());
        browseButton.disableProperty().bind(viewModel.busyProperty());
        printButton.disableProperty().bind(viewModel.busyProperty());
        show(printButton, viewModel.printable());
        show(previewBox, viewModel.previews());
        previewArea.textProperty().bind(viewModel.previewProperty());
        previewLabel.setLabelFor(previewArea);
        shownLabel.setLabelFor(shownField);
        basisFields = new org.maracdesk.ui.common.DisclosureFields(viewModel.disclosure(), messages, 130);
        formBox.getChildren().add(1, basisFields.node());
        viewModel.doneProperty().addListener((o, a, done) -> showDone(done));
        viewModel.errorProperty().addListener((o, a, text) -> {
            if (!text.isEmpty()) {
                focusProblem();
            }
        });
        Platform.runLater(passphraseField::requestFocus);
    }

    /** The field the problem is about: consent or its reason when those are missing, else the passphrase. */
    private void focusProblem() {
        var d = viewModel.disclosure();
        if (d.consentProperty().get() == null) {
            basisFields.consentBox().requestFocus();
        } else if (d.problem() != null) {
            basisFields.reasonField().requestFocus();
        } else {
            passphraseField.requestFocus();
        }
    }

    private static void choice(ExportRequest.Choices choices, ComboBox<ExportRequest.Choice> box, Label label,
                               javafx.beans.property.ObjectProperty<ExportRequest.Choice> value) {
        if (choices == null) {
            show(box, false);
            show(label, false);
            return;
        }
        label.setText(choices.label());
        label.setMnemonicParsing(true);
        label.setLabelFor(box);
        box.getItems().setAll(choices.options());
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ExportRequest.Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        });
        box.valueProperty().bindBidirectional(value);
        box.setAccessibleText(choices.label());
    }

    private void showDone(ExportDialogViewModel.Done done) {
        if (done == null) {
            shownField.clear();
            return;
        }
        show(formBox, false);
        show(resultBox, true);
        String what = done.withheld() > 0
                ? messages.format("export.done.withheld", done.file().toString(), done.withheld())
                : messages.format("export.done", done.file().toString());
        doneLabel.setText(what);
        written = done.file();
        show(openButton, written != null);
        show(folderButton, written != null);
        if (written == null) {
            doneLabel.setText(messages.format("export.printed", done.printer(), done.items()));
            show(passBox, false);
            show(plainDoneLabel, false);
            closeButton.setDefaultButton(true);
            Platform.runLater(closeButton::requestFocus);
            return;
        }
        boolean encrypted = !done.passphrase().isEmpty();
        show(passBox, encrypted);
        show(plainDoneLabel, !encrypted);
        shownField.setText(done.passphrase());
        closeButton.setDefaultButton(true);
        Platform.runLater(encrypted ? shownField::requestFocus : closeButton::requestFocus);
    }

    @FXML
    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.browse.title"));
        String current = viewModel.fileProperty().get();
        if (current != null && !current.isBlank()) {
            Path p = Path.of(current.strip()).toAbsolutePath();
            if (p.getParent() != null && p.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(p.getParent().toFile());
            }
            chooser.setInitialFileName(p.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            viewModel.fileProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void export() {
        viewModel.export(SecretFields.take(passphraseField));
    }

    /**
     * Print…: the system's printers are looked up off the FX thread (CUPS or the spooler can be slow),
     * one is chosen (the default first), and the PDF goes to it without touching the disk.
     */
    @FXML
    private void print() {
        char[] pass = SecretFields.take(passphraseField);
        Thread lookup = new Thread(() -> {
            javax.print.PrintService[] services = javax.print.PrintServiceLookup.lookupPrintServices(null, null);
            javax.print.PrintService preferred = javax.print.PrintServiceLookup.lookupDefaultPrintService();
            Platform.runLater(() -> choosePrinter(pass, services, preferred));
        }, "marac-printers");
        lookup.setDaemon(true);
        lookup.start();
    }

    private void choosePrinter(char[] pass, javax.print.PrintService[] services,
                               javax.print.PrintService preferred) {
        if (services.length == 0) {
            java.util.Arrays.fill(pass, '\0');
            openProblem.setText("");
            viewModel.showProblem(messages.get("export.print.none"));
            return;
        }
        java.util.Map<String, javax.print.PrintService> byName = new java.util.LinkedHashMap<>();
        for (javax.print.PrintService s : services) {
            byName.put(s.getName(), s);
        }
        String first = preferred != null && byName.containsKey(preferred.getName()) ? preferred.getName()
                : byName.keySet().iterator().next();
        javafx.scene.control.ChoiceDialog<String> choose = new javafx.scene.control.ChoiceDialog<>(first,
                byName.keySet());
        choose.initOwner(stage);
        choose.setTitle(messages.get("export.print.title"));
        choose.setHeaderText(messages.get("export.print.choose"));
        java.util.Optional<String> chosen = choose.showAndWait();
        if (chosen.isEmpty()) {
            java.util.Arrays.fill(pass, '\0');
            return;
        }
        viewModel.print(pass, new org.maracdesk.exchange.exports.SystemPrinter(byName.get(chosen.get())));
    }

    /** Opens the file just written with the program the system uses for it. */
    @FXML
    private void openFile() {
        openProblem.setText("");
        desktop.open(written, e -> openProblem.setText(messages.get("export.open.failed")));
    }

    /** Shows the folder the file was written to (with the file selected where the system can). */
    @FXML
    private void showInFolder() {
        openProblem.setText("");
        desktop.showInFolder(written, e -> openProblem.setText(messages.get("export.open.failed")));
    }

    @FXML
    private void copy() {
        org.maracdesk.ui.common.SecretClipboard.copy(shownField.getText());
        copyButton.setText(messages.get("export.copied"));
    }

    @FXML
    private void close() {
        if (stage != null) {
            stage.close();
        }
    }

    private void forget() {
        SecretFields.clear(passphraseField);
        viewModel.forget();
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
