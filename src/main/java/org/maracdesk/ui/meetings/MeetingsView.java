package org.maracdesk.ui.meetings;

import org.maracdesk.ui.common.DisplayConverter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.maracdesk.casework.meetings.AgendaItem;
import org.maracdesk.casework.meetings.CompletenessGrid;
import org.maracdesk.casework.meetings.MeetingHeader;
import org.maracdesk.casework.meetings.ResearchState;
import org.maracdesk.ui.common.Messages;

/**
 * The Meetings area for coordinators and chairs: the agenda (markers, risk, research, move,
 * circulate), the research completeness grid, the meeting view and (coordinators) the set-up.
 * Ctrl+Shift+A, R, M and S switch between them.
 */
public final class MeetingsView {
    private final MeetingsViewModel viewModel;
    private final Messages messages;
    private final Labels words;
    private final Function<MeetingsViewModel, Parent> runViewFactory;
    private final MeetingRunViewModel runModel;
    private final Function<MeetingsViewModel, MeetingSetupView> setupFactory;
    private MeetingSetupView setupView;
    private MeetingCorrectionsViewModel corrections;
    private final MeetingDialogs dialogs;
    private final MeetingReports reports;

    @FXML private VBox root;
    @FXML private Label meetingLabel;
    @FXML private ComboBox<MeetingHeader> meetingBox;
    @FXML private TabPane tabs;
    @FXML private Tab agendaTab;
    @FXML private Tab gridTab;
    @FXML private Tab runTab;
    @FXML private Tab setupTab;
    @FXML private TableView<AgendaItem> agendaTable;
    @FXML private TableColumn<AgendaItem, Integer> orderColumn;
    @FXML private TableColumn<AgendaItem, String> referenceColumn;
    @FXML private TableColumn<AgendaItem, String> victimColumn;
    @FXML private TableColumn<AgendaItem, String> markersColumn;
    @FXML private TableColumn<AgendaItem, String> riskColumn;
    @FXML private TableColumn<AgendaItem, String> researchColumn;
    @FXML private HBox agendaActions;
    @FXML private Button circulateButton;
    @FXML private Label moveLabel;
    @FXML private ComboBox<MeetingHeader> moveBox;
    @FXML private TableView<AgendaItem> gridTable;
    @FXML private HBox meetingActions;
    @FXML private Label meetingStateLabel;
    @FXML private Button editMeetingButton;
    @FXML private Button cancelMeetingButton;
    @FXML private Button reopenMeetingButton;
    @FXML private Button historyButton;
    @FXML private HBox agendaCorrections;
    @FXML private Button removeButton;
    @FXML private Button deferButton;
    @FXML private Button addCaseButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;

    public MeetingsView(MeetingsViewModel viewModel, Messages messages, MeetingRunViewModel runModel,
                        Function<MeetingsViewModel, Parent> runViewFactory) {
        this(viewModel, messages, runModel, runViewFactory, null);
    }

    /** With {@code setupFactory} (coordinators only; null otherwise) the Set-up tab is shown. */
    public MeetingsView(MeetingsViewModel viewModel, Messages messages, MeetingRunViewModel runModel,
                        Function<MeetingsViewModel, Parent> runViewFactory,
                        Function<MeetingsViewModel, MeetingSetupView> setupFactory) {
        this.setupFactory = setupFactory;
        this.viewModel = viewModel;
        this.messages = messages;
        this.words = new Labels(messages);
        this.runModel = runModel;
        this.runViewFactory = runViewFactory;
        this.dialogs = new MeetingDialogs(messages);
        this.reports = new MeetingReports(messages);
    }

    /** Offers the corrections (coordinators only; without them the buttons are not shown). */
    public MeetingsView withCorrections(MeetingCorrectionsViewModel corrections) {
        this.corrections = corrections;
        return this;
    }

    @FXML
    private void initialize() {
        meetingLabel.setLabelFor(meetingBox);
        moveLabel.setLabelFor(moveBox);
        meetingBox.setAccessibleText(messages.get("meeting.choose").replace("_", ""));
        moveBox.setAccessibleText(messages.get("agenda.moveTo").replace("_", ""));
        StringConverter<MeetingHeader> names = converter();
        meetingBox.setConverter(names);
        moveBox.setConverter(names);
        meetingBox.setItems(viewModel.meetings());
        moveBox.setItems(viewModel.meetings());
        meetingBox.valueProperty().bindBidirectional(viewModel.selectedProperty());
        column(orderColumn, AgendaItem::order);
        column(referenceColumn, AgendaItem::caseReference);
        column(victimColumn, AgendaItem::victimName);
        column(markersColumn, words::markers);
        markersColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                AgendaItem item = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setWrapText(true);
                setAccessibleText(item == null ? null : words.markersInFull(item));
            }
        });
        column(riskColumn, words::risk);
        WrappedTextCells.column(researchColumn, item -> words.researchSummary(item, viewModel::agencyName));
        agendaTable.setItems(viewModel.agenda());
        agendaTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        agendaActions.setVisible(viewModel.manages());
        agendaActions.setManaged(viewModel.manages());
        boolean corrects = viewModel.manages() && corrections != null;
        for (javafx.scene.Node n : List.of(editMeetingButton, cancelMeetingButton, reopenMeetingButton,
                agendaCorrections)) {
            n.setVisible(corrects);
            n.setManaged(corrects);
        }
        historyButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        agendaTable.addEventFilter(KeyEvent.KEY_PRESSED, this::reorderKeys);
        // Coming to the agenda from the keyboard chooses its first case, so Remove and Defer have one to act on.
        agendaTable.focusedProperty().addListener((o, was, now) -> {
            if (now && agendaTable.getSelectionModel().isEmpty() && !agendaTable.getItems().isEmpty()) {
                agendaTable.getSelectionModel().select(0);
            }
        });
        showState(viewModel.selectedProperty().get());
        viewModel.selectedProperty().addListener((o, a, m) -> showState(m));
        gridTab.setDisable(!viewModel.manages());
        viewModel.gridProperty().addListener((o, a, g) -> fillGrid(g));
        viewModel.selectedProperty().addListener((o, a, m) -> showMeeting(m));
        circulateButton.disableProperty().bind(viewModel.busyProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        runTab.setContent(runViewFactory.apply(viewModel));
        tabs.getTabs().add(1, new WaitingTab(messages, viewModel.waiting()).build());
        if (viewModel.manages() && setupFactory != null) {
            setupView = setupFactory.apply(viewModel);
            setupTab.setContent(setupView.build());
        } else {
            tabs.getTabs().remove(setupTab);
        }
        declareKeys();
        // On the scene, so the keys work while the navigation list still has the focus.
        javafx.event.EventHandler<KeyEvent> keys = this::keys;
        root.sceneProperty().addListener((o, before, scene) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        viewModel.load();
    }

    /** For the Keyboard shortcuts list: what {@link #keys} answers. */
    private void declareKeys() {
        KeyCode[] codes = {KeyCode.A, KeyCode.R, KeyCode.M, KeyCode.S};
        Tab[] targets = {agendaTab, gridTab, runTab, setupTab};
        for (int i = 0; i < codes.length; i++) {
            if (tabs.getTabs().contains(targets[i]) && !targets[i].isDisable()) {
                org.maracdesk.ui.common.LocalShortcuts.declare(root, new javafx.scene.input.KeyCodeCombination(codes[i],
                        javafx.scene.input.KeyCombination.CONTROL_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN),
                        messages.format("shortcut.tab", targets[i].getText().replace("_", "")));
            }
        }
    }

    private void keys(KeyEvent e) {
        if (!e.isControlDown() || !e.isShiftDown()) {
            return;
        }
        Tab target = e.getCode() == KeyCode.A ? agendaTab : e.getCode() == KeyCode.R ? gridTab
                : e.getCode() == KeyCode.M ? runTab : e.getCode() == KeyCode.S && setupView != null ? setupTab : null;
        if (target != null && !target.isDisable()) {
            tabs.getSelectionModel().select(target);
            if (target == agendaTab) {
                agendaTable.requestFocus();
            } else if (target == gridTab) {
                gridTable.requestFocus();
            } else if (target == setupTab) {
                setupView.firstField().requestFocus();
            } else if (runTab.getContent() != null) {
                javafx.scene.Node first = runTab.getContent().lookup(".first-field");
                (first != null ? first : runTab.getContent().lookup(".list-view")).requestFocus();
            }
            e.consume();
        }
    }

    /** The chosen meeting's state, and which corrections apply to it. */
    private void showState(MeetingHeader m) {
        boolean open = m != null && !m.closed() && !m.cancelled();
        meetingStateLabel.setText(m == null ? "" : m.cancelled() ? messages.get("meeting.state.cancelledNote")
                : m.closed() ? messages.get("meeting.state.closedNote") : "");
        editMeetingButton.setDisable(!open);
        cancelMeetingButton.setDisable(!open);
        reopenMeetingButton.setDisable(m == null || !m.closed());
        removeButton.setDisable(!open);
        deferButton.setDisable(!open);
        addCaseButton.setDisable(!open);
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void editMeeting() {
        MeetingHeader m = viewModel.selectedProperty().get();
        if (m != null) {
            dialogs.edit(window(), m).ifPresent(e -> corrections.edit(m, e, r -> reports.edited(window(), r)));
        }
    }

    @FXML
    private void cancelMeeting() {
        MeetingHeader m = viewModel.selectedProperty().get();
        if (m != null) {
            dialogs.reason(window(), "meeting.cancelDialog", Labels.date(m.date()), m.district())
                    .ifPresent(r -> corrections.cancel(m, r, c -> reports.cancelled(window(), c)));
        }
    }

    @FXML
    private void reopenMeeting() {
        MeetingHeader m = viewModel.selectedProperty().get();
        if (m != null) {
            dialogs.reason(window(), "meeting.reopenDialog", Labels.date(m.date()), m.district())
                    .ifPresent(r -> corrections.reopen(m, r));
        }
    }

    @FXML
    private void showHistory() {
        MeetingHeader m = viewModel.selectedProperty().get();
        if (m != null && corrections != null) {
            corrections.history(m, h -> reports.history(window(), h));
        }
    }

    @FXML
    private void removeCase() {
        MeetingHeader m = viewModel.selectedProperty().get();
        AgendaItem item = agendaTable.getSelectionModel().getSelectedItem();
        if (m != null && item != null) {
            dialogs.reason(window(), "agenda.removeDialog", item.caseReference(), Labels.date(m.date()))
                    .ifPresent(r -> corrections.remove(m, item, r));
        } else {
            viewModel.statusProperty().set(messages.get("agenda.chooseCase"));
        }
    }

    @FXML
    private void deferCase() {
        MeetingHeader m = viewModel.selectedProperty().get();
        AgendaItem item = agendaTable.getSelectionModel().getSelectedItem();
        if (m != null && item != null) {
            List<MeetingHeader> later = viewModel.meetings().stream().filter(x -> !x.closed() && !x.cancelled()
                    && x.date().isAfter(m.date())).toList();
            dialogs.defer(window(), item.caseReference(), later)
                    .ifPresent(d -> corrections.defer(m, item, d.to(), d.reason()));
        } else {
            viewModel.statusProperty().set(messages.get("agenda.chooseCase"));
        }
    }

    @FXML
    private void addCase() {
        MeetingHeader m = viewModel.selectedProperty().get();
        if (m != null) {
            dialogs.addCase(window(), m).ifPresent(a -> corrections.add(m, a.reference(), a.reason()));
        }
    }

    /** Alt+Up and Alt+Down move the selected case within the children-first order; the selection follows it. */
    private void reorderKeys(KeyEvent e) {
        if (!e.isAltDown() || corrections == null || !viewModel.manages()
                || (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN)) {
            return;
        }
        e.consume();
        MeetingHeader m = viewModel.selectedProperty().get();
        AgendaItem item = agendaTable.getSelectionModel().getSelectedItem();
        if (m == null || item == null || m.closed() || m.cancelled()) {
            return;
        }
        corrections.reorder(m, item, e.getCode() == KeyCode.UP ? -1 : 1, () -> {
            viewModel.agenda().stream().filter(i -> i.listingId() == item.listingId()).findFirst()
                    .ifPresent(i -> agendaTable.getSelectionModel().select(i));
            agendaTable.requestFocus();
        });
    }

    private void showMeeting(MeetingHeader m) {
        if (m != null) {
            runModel.load(m.id());
        }
    }

    private void fillGrid(CompletenessGrid g) {
        gridTable.getColumns().clear();
        if (g == null) {
            gridTable.getItems().clear();
            return;
        }
        TableColumn<AgendaItem, String> ref = new TableColumn<>(messages.get("agenda.col.reference"));
        ref.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().order() + ". "
                + c.getValue().caseReference()));
        ref.setPrefWidth(140);
        ref.setSortable(false);
        gridTable.getColumns().add(ref);
        for (String agency : g.agencies()) {
            int submitted = g.submittedByAgency().getOrDefault(agency, 0);
            TableColumn<AgendaItem, String> col = new TableColumn<>(messages.format("research.gridColumn",
                    viewModel.agencyName(agency), submitted, g.rows().size()));
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(words.stateShort(c.getValue().research()
                    .getOrDefault(agency, ResearchState.NOT_REQUESTED), c.getValue().reviewOnly(agency))));
            col.setSortable(false);
            col.setPrefWidth(95);
            gridTable.getColumns().add(col);
        }
        gridTable.getItems().setAll(g.rows());
    }

    /** Asks which agency's submitted research on the chosen case to reopen, and why. */
    @FXML
    private void reopenResearch() {
        AgendaItem item = gridTable.getSelectionModel().getSelectedItem();
        if (item == null) {
            viewModel.statusProperty().set(messages.get("research.reopen.chooseCase"));
            return;
        }
        java.util.List<String> submitted = item.research().entrySet().stream()
                .filter(e -> e.getValue() == ResearchState.SUBMITTED).map(java.util.Map.Entry::getKey).toList();
        if (submitted.isEmpty()) {
            viewModel.statusProperty().set(messages.get("research.reopen.none"));
            return;
        }
        new ReopenResearchDialog(messages, viewModel::agencyName).ask(gridTable.getScene().getWindow(),
                item.caseReference(), submitted).ifPresent(c -> viewModel.reopenResearch(item, c.agency(), c.reason()));
    }

    @FXML
    private void circulate() {
        viewModel.circulate();
    }

    @FXML
    private void move() {
        viewModel.move(agendaTable.getSelectionModel().getSelectedItem(), moveBox.getValue());
    }

    private StringConverter<MeetingHeader> converter() {
        return DisplayConverter.of((MeetingHeader m) -> messages.format("meeting.option", Labels.date(m.date()), m.district(),
                        messages.get(m.closed() ? "meeting.state.closed" : m.cancelled() ? "meeting.state.cancelled"
                                : "meeting.state.open")));
    }

    private static <T> void column(TableColumn<AgendaItem, T> column, Function<AgendaItem, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** A live refresh (decision 0038): the agenda and grid read again, the chosen case chosen again. */
    public void refreshLive() {
        AgendaItem item = agendaTable.getSelectionModel().getSelectedItem();
        viewModel.refresh(() -> viewModel.agenda().stream().filter(i -> item != null && i.listingId() == item.listingId())
                .findFirst().ifPresent(i -> agendaTable.getSelectionModel().select(i)));
    }
}
