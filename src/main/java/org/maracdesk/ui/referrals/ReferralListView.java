package org.maracdesk.ui.referrals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.maracdesk.casework.intake.ReferralDraft;
import org.maracdesk.casework.intake.ReferralRow;
import org.maracdesk.ui.common.Messages;

/** Drafts first, then recent decisions; New referral (Ctrl+N), Enter or double-click opens a draft or shows a decided referral in full. */
public final class ReferralListView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final ReferralListViewModel vm;
    private final Messages messages;
    private final ReferralText text;
    private final Runnable newReferral;
    private final Consumer<ReferralDraft> openDraft;
    private Consumer<ReferralRow> viewDecided = r -> { };

    @FXML private Button openButton;
    @FXML private Button deleteButton;
    @FXML private Button newButton;
    @FXML private Button importButton;
    /** Key of the table's property holding the drop handler (a {@code Consumer<List<File>>}); tests call it. */
    public static final String DROP_HANDLER = "referral-list-files-dropped";
    private Consumer<java.nio.file.Path> importFile;
    @FXML private Label noticeLabel;
    @FXML private TableView<ReferralRow> table;
    @FXML private TableColumn<ReferralRow, String> statusColumn;
    @FXML private TableColumn<ReferralRow, String> dateColumn;
    @FXML private TableColumn<ReferralRow, String> victimColumn;
    @FXML private TableColumn<ReferralRow, String> agencyColumn;
    @FXML private TableColumn<ReferralRow, String> riskColumn;
    @FXML private TableColumn<ReferralRow, String> repeatColumn;
    @FXML private TableColumn<ReferralRow, String> caseColumn;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;

    public ReferralListView(ReferralListViewModel vm, Messages messages, Runnable newReferral,
                            Consumer<ReferralDraft> openDraft) {
        this.vm = vm;
        this.messages = messages;
        this.text = new ReferralText(messages);
        this.newReferral = newReferral;
        this.openDraft = openDraft;
    }

    @FXML
    private void initialize() {
        bind(statusColumn, r -> text.status(r.status()));
        bind(dateColumn, r -> date(r.referralDate()));
        bind(victimColumn, r -> r.victimName().isBlank() ? messages.get("referral.list.noName") : r.victimName());
        bind(agencyColumn, r -> text.agencyCode(r.agencyCode()));
        bind(riskColumn, r -> r.score() == null ? "" : r.band() == null ? String.valueOf(r.score())
                : messages.format("referral.list.risk", text.band(r.band()), r.score()));
        bind(repeatColumn, r -> r.repeat() ? messages.get("referral.route.repeat") : "");
        bind(caseColumn, r -> r.caseReference() == null ? "" : r.caseReference());
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<ReferralRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            }
        });
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> openButton.setText(messages.get(
                r == null || r.editable() ? "referral.list.open" : "referral.list.view")));
        deleteButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ReferralRow r = table.getSelectionModel().getSelectedItem();
            return r == null || r.status() != org.maracdesk.casework.ReferralStatus.DRAFT;
        }, table.getSelectionModel().selectedItemProperty()));
        newButton.setAccessibleHelp(messages.get("referral.list.new.help"));
        noticeLabel.textProperty().bind(vm.noticeProperty());
        noticeLabel.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        noticeLabel.managedProperty().bind(noticeLabel.visibleProperty());
        progress.visibleProperty().bind(vm.loadingProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        org.maracdesk.ui.common.LocalShortcuts.declare(table, new javafx.scene.input.KeyCodeCombination(KeyCode.N,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), messages.get("shortcut.referral.new"));
        table.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                table.getParent().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                    if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
                        e.consume();
                        newReferral();
                    }
                });
                Platform.runLater(newButton::requestFocus);
            }
        });
        vm.load();
    }

    private String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    private static void bind(TableColumn<ReferralRow, String> column, Function<ReferralRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void newReferral() {
        newReferral.run();
    }

    /** Opens a draft in the form, or a decided referral in full (read only, with its corrections). */
    @FXML
    private void open() {
        ReferralRow row = table.getSelectionModel().getSelectedItem();
        if (row != null && !row.editable()) {
            viewDecided.accept(row);
            return;
        }
        vm.open(row, openDraft);
    }

    /**
     * Offers "Import referrals…" (Alt+I) and accepts a CSV or JSON file dropped on the list; both open the
     * import window, the drop with that file, previewed at once. Only for those who may import.
     */
    public ReferralListView importing(Consumer<java.nio.file.Path> open) {
        this.importFile = open;
        importButton.setVisible(true);
        importButton.setManaged(true);
        importButton.setAccessibleHelp(messages.get("referral.import.open.help"));
        table.getProperties().put(DROP_HANDLER, (Consumer<java.util.List<java.io.File>>) this::filesDropped);
        table.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && oneImportable(e.getDragboard().getFiles()) != null) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        table.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && filesDropped(e.getDragboard().getFiles());
            e.setDropCompleted(done);
            e.consume();
        });
        return this;
    }

    /** What a drop on the list does: one .csv or .json file opens the import window with it. */
    private boolean filesDropped(java.util.List<java.io.File> files) {
        java.nio.file.Path file = oneImportable(files);
        if (file == null || importFile == null) {
            vm.noticeProperty().set(messages.get("referral.import.dropOne"));
            return false;
        }
        importFile.accept(file);
        return true;
    }

    private static java.nio.file.Path oneImportable(java.util.List<java.io.File> files) {
        if (files == null || files.size() != 1) {
            return null;
        }
        java.nio.file.Path p = files.get(0).toPath();
        return ReferralImportViewModel.importable(p) ? p : null;
    }

    @FXML
    private void importReferrals() {
        if (importFile != null) {
            importFile.accept(null);
        }
    }

    /** What opening a decided referral does (the area shows it in full). */
    public ReferralListView viewingDecided(Consumer<ReferralRow> view) {
        this.viewDecided = view;
        return this;
    }

    /** Asks for confirmation, naming the draft, then deletes it. */
    @FXML
    private void deleteDraft() {
        ReferralRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || row.status() != org.maracdesk.casework.ReferralStatus.DRAFT) {
            return;
        }
        javafx.scene.control.ButtonType delete = new javafx.scene.control.ButtonType(
                messages.get("referral.delete.confirm"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                messages.get("referral.delete.body"), delete, javafx.scene.control.ButtonType.CANCEL);
        alert.initOwner(table.getScene().getWindow());
        alert.setTitle(messages.get("referral.delete.title"));
        alert.setHeaderText(messages.format("referral.delete.header", date(row.referralDate()),
                row.victimName().isBlank() ? messages.get("referral.list.noName") : row.victimName()));
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        alert.showAndWait().filter(b -> b == delete).ifPresent(b -> vm.delete(row));
    }

    /**
     * Another desk changed referrals on the shared server (decision 0050): the list loads again in the background
     * and the referral that was selected is selected again by id.
     */
    public void refreshLive() {
        ReferralRow was = table.getSelectionModel().getSelectedItem();
        vm.load(() -> {
            if (was != null) {
                table.getItems().stream().filter(r -> r.id() == was.id()).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
    }
}
