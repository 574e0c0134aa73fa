package org.maracdesk.ui.referrals;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.referrals.ReferralImportViewModel.Step;

/**
 * The "Import referrals" window over the referral list: the file (typed, chosen with Browse, or dropped
 * on the list), the preview's summary, the problems by line and field or the possible duplicates, a
 * progress bar, and Import / Cancel / Close. Keys: Alt+F file, Alt+B browse, Alt+P preview, Alt+I
 * import, Alt+C cancel, Escape closes when nothing is running; Enter in the file field previews.
 */
public final class ReferralImportDialog {
    private final ReferralImportViewModel vm;
    private final Messages messages;
    private Stage stage;

    public ReferralImportDialog(ReferralImportViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** Opens the window (not waiting for it) over {@code owner}, previewing {@code file} at once when given. */
    public Stage show(Window owner, Path file) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("referral.import.title"));
        Scene scene = new Scene(content(), 760, 520);
        if (owner != null && owner.getScene() != null) {
            // the window's text size and contrast (display settings) come with its style sheets and root style
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        // a filter: the problem list would otherwise take Escape for itself
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !vm.busyProperty().get()) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume(); // cancel first; a half-run import is never left behind by closing
                vm.cancel();
            }
        });
        stage.show();
        if (file != null) {
            vm.choose(file);
        }
        return stage;
    }

    private VBox content() {
        Label title = new Label(messages.get("referral.import.title"));
        title.getStyleClass().add("title");
        Label help = new Label(messages.get("referral.import.help"));
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);

        TextField fileField = new TextField();
        fileField.setId("importFileField");
        fileField.textProperty().bindBidirectional(vm.fileTextProperty());
        // Enter previews; not an action handler, which Alt+F (the label's mnemonic) would fire as well
        fileField.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.preview();
            }
        });
        fileField.disableProperty().bind(vm.busyProperty());
        HBox.setHgrow(fileField, Priority.ALWAYS);
        Label fileLabel = new Label(messages.get("referral.import.file"));
        fileLabel.setMnemonicParsing(true);
        fileLabel.setLabelFor(fileField);
        Button browse = new Button(messages.get("referral.import.browse"));
        browse.setId("importBrowseButton");
        browse.setMnemonicParsing(true);
        browse.disableProperty().bind(vm.busyProperty());
        browse.setOnAction(e -> browse());
        Button preview = new Button(messages.get("referral.import.preview"));
        preview.setId("importPreviewButton");
        preview.setMnemonicParsing(true);
        preview.disableProperty().bind(vm.busyProperty());
        preview.setOnAction(e -> vm.preview());
        HBox fileRow = new HBox(8, fileLabel, fileField, browse, preview);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("notice");
        summary.textProperty().bind(vm.summaryProperty());
        summary.visibleProperty().bind(vm.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        summary.setFocusTraversable(true);
        summary.accessibleTextProperty().bind(vm.summaryProperty());

        ListView<String> lines = new ListView<>(vm.lines());
        lines.setId("importLines");
        lines.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get(
                vm.stepProperty().get() == Step.READY || vm.stepProperty().get() == Step.DONE
                        ? "referral.import.list.nothingToReview" : "referral.import.list.empty"), vm.stepProperty()));
        lines.setPlaceholder(placeholder);
        VBox.setVgrow(lines, Priority.ALWAYS);
        Label listTitle = new Label();
        listTitle.textProperty().bind(vm.listTitleProperty());
        listTitle.setLabelFor(lines);
        lines.accessibleTextProperty().bind(javafx.beans.binding.Bindings.when(vm.listTitleProperty().isEmpty())
                .then(messages.get("referral.import.list.name")).otherwise(vm.listTitleProperty()));

        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.setAccessibleText(messages.get("referral.import.progress"));
        progress.visibleProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("importStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");

        Button importButton = new Button(messages.get("referral.import.import"));
        importButton.setId("importNowButton");
        importButton.setMnemonicParsing(true);
        importButton.getStyleClass().add("primary");
        importButton.disableProperty().bind(vm.canImportProperty().not());
        importButton.setOnAction(e -> vm.importNow());
        Button cancel = new Button(messages.get("referral.import.cancel"));
        cancel.setId("importCancelButton");
        cancel.setMnemonicParsing(true);
        cancel.disableProperty().bind(vm.busyProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button(messages.get("referral.import.close"));
        close.setId("importCloseButton");
        close.disableProperty().bind(vm.busyProperty());
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, gap, importButton, cancel, close);
        HBox.setHgrow(progress, Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        vm.stepProperty().addListener((o, a, s) -> {
            // a rejected file's summary reads as an error, a preview's or an import's as a notice
            summary.getStyleClass().removeAll("notice", "error-text");
            summary.getStyleClass().add(s == Step.PROBLEMS ? "error-text" : "notice");
            if (s == Step.READY) {
                importButton.requestFocus();
            } else if (s == Step.PROBLEMS) {
                lines.requestFocus();
            } else if (s == Step.DONE) {
                close.requestFocus();
            }
        });
        VBox root = new VBox(10, title, help, fileRow, summary, listTitle, lines, status, buttons);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
        javafx.application.Platform.runLater(fileField::requestFocus);
        return root;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("referral.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("referral.import.filter"),
                "*.csv", "*.json", "*.CSV", "*.JSON"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            vm.choose(chosen.toPath());
        }
    }
}
