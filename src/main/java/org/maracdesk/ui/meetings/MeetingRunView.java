package org.maracdesk.ui.meetings;

import org.maracdesk.ui.common.ScrollToFocus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.maracdesk.casework.meetings.CaseRecord;
import org.maracdesk.casework.meetings.MeetingHeader;
import org.maracdesk.casework.meetings.MeetingRecord;
import org.maracdesk.ui.common.Messages;

/**
 * The keyboard-first meeting view: sign-in, outstanding actions, each case in agenda order,
 * then lapses, any other business and close. Ctrl+PageDown / Ctrl+PageUp go to the next or
 * previous part; Alt with a label's underlined letter goes to that field. Everything typed is
 * saved as it is typed.
 */
public final class MeetingRunView {
    /** Aim for 10 to 15 minutes per case. */
    static final int AIM_MIN_SECONDS = 10 * 60;
    static final int AIM_MAX_SECONDS = 15 * 60;
    private final MeetingRunViewModel viewModel;
    private final Messages messages;
    private final Function<String, String> agencyName;
    private final java.util.function.Supplier<List<String>> agencyCodes;
    private final Map<Long, Integer> seconds = new java.util.HashMap<>();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private MeetingSections sections;
    private Section shown;
    private Node firstField;

    @FXML private BorderPane root;
    @FXML private Label headerLabel;
    @FXML private Label timerLabel;
    @FXML private Label saveLabel;
    @FXML private Label problemLabel;
    @FXML private Button closeButton;
    @FXML private ListView<Section> sectionList;
    @FXML private ScrollPane scroll;
    @FXML private VBox content;

    public MeetingRunView(MeetingRunViewModel viewModel, Messages messages, Function<String, String> agencyName,
                          java.util.function.Supplier<List<String>> agencyCodes) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.agencyName = agencyName;
        this.agencyCodes = agencyCodes;
    }

    /** What the section list holds: a fixed part of the meeting or one case (by its index in the agenda). */
    record Section(Kind kind, int caseIndex) {
        enum Kind { SIGN_IN, OUTSTANDING, CASE, END }
    }

    @FXML
    private void initialize() {
        sections = new MeetingSections(viewModel, messages, agencyName, agencyCodes);
        ticker.setCycleCount(Timeline.INDEFINITE);
        sectionList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Section item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : title(item));
            }
        });
        sectionList.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> show(s, true));
        viewModel.recordProperty().addListener((o, a, r) -> recordChanged(a, r));
        viewModel.unsavedProperty().addListener((o, a, n) -> saveLabel.setText(messages.get(n.intValue() > 0
                ? "meeting.saving" : "meeting.saved")));
        problemLabel.textProperty().bind(viewModel.problemProperty());
        closeButton.setOnAction(e -> confirmClose());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        org.maracdesk.ui.common.LocalShortcuts.declare(root, new javafx.scene.input.KeyCodeCombination(KeyCode.PAGE_DOWN,
                javafx.scene.input.KeyCombination.CONTROL_DOWN), messages.get("shortcut.meeting.next"));
        org.maracdesk.ui.common.LocalShortcuts.declare(root, new javafx.scene.input.KeyCodeCombination(KeyCode.PAGE_UP,
                javafx.scene.input.KeyCombination.CONTROL_DOWN), messages.get("shortcut.meeting.previous"));
        ScrollToFocus.install(scroll);
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                leaveCase();
                ticker.stop();
            }
        });
    }

    private void keys(KeyEvent e) {
        if (e.isControlDown() && (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP)) {
            int i = sectionList.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.PAGE_DOWN ? 1 : -1);
            if (i >= 0 && i < sectionList.getItems().size()) {
                sectionList.getSelectionModel().select(i);
            }
            e.consume();
        } else if (e.isAltDown() && !e.isControlDown()) {
            Node target = sections.shortcut(e.getCode());
            if (target != null) {
                target.requestFocus();
                e.consume();
            }
        }
    }

    private void recordChanged(MeetingRecord before, MeetingRecord r) {
        if (r == null) {
            return;
        }
        MeetingHeader m = r.meeting();
        headerLabel.setText(messages.format("meeting.header", Labels.date(m.date()), m.district(),
                m.chair() == null ? messages.get("meeting.noChair") : m.chair(),
                messages.get(m.closed() ? "meeting.state.closed" : "meeting.state.open"))
                + (r.withheldCases() == 0 ? "" : " " + messages.format("meeting.withheld", r.withheldCases())));
        closeButton.setDisable(m.closed());
        for (CaseRecord c : r.cases()) {
            seconds.putIfAbsent(c.listing().listingId(), c.secondsSpent());
        }
        List<Section> list = new ArrayList<>();
        list.add(new Section(Section.Kind.SIGN_IN, -1));
        list.add(new Section(Section.Kind.OUTSTANDING, -1));
        for (int i = 0; i < r.cases().size(); i++) {
            list.add(new Section(Section.Kind.CASE, i));
        }
        list.add(new Section(Section.Kind.END, -1));
        int keep = Math.max(0, sectionList.getSelectionModel().getSelectedIndex());
        if (before == null || before.meeting().id() != m.id()) {
            keep = 0;
            shown = null;
        }
        Section target = list.get(Math.min(keep, list.size() - 1));
        shown = null;
        sectionList.getItems().setAll(list);
        sectionList.getSelectionModel().select(target);
        show(target, true);
    }

    private void show(Section s, boolean focus) {
        MeetingRecord r = viewModel.recordProperty().get();
        if (s == null || r == null || s.equals(shown) && !content.getChildren().isEmpty() && !focus) {
            return;
        }
        leaveCase();
        shown = s;
        boolean closed = r.meeting().closed();
        Consumer<Node> first = n -> firstField = n;
        Node body = switch (s.kind()) {
            case SIGN_IN -> sections.signIn(r, closed, first);
            case OUTSTANDING -> sections.outstanding(r, closed, first);
            case CASE -> sections.caseSection(r.cases().get(s.caseIndex()), closed, first);
            case END -> sections.end(r, closed, first, this::confirmClose);
        };
        content.getChildren().setAll(body);
        scroll.setVvalue(0);
        if (s.kind() == Section.Kind.CASE && !closed) {
            ticker.play();
        } else {
            ticker.stop();
        }
        updateTimer();
        if (focus && firstField != null) {
            Node f = firstField;
            Platform.runLater(f::requestFocus);
        }
    }

    private String title(Section s) {
        MeetingRecord r = viewModel.recordProperty().get();
        return switch (s.kind()) {
            case SIGN_IN -> messages.get("meeting.section.signIn");
            case OUTSTANDING -> messages.format("meeting.section.outstanding", r == null ? 0 : r.outstanding().size());
            case CASE -> {
                CaseRecord c = r.cases().get(s.caseIndex());
                yield messages.format("meeting.section.case", c.listing().order(), c.listing().caseReference(),
                        c.listing().hasChildren() ? messages.get("agenda.marker.children") : "");
            }
            case END -> messages.get("meeting.section.end");
        };
    }

    private Long currentListing() {
        MeetingRecord r = viewModel.recordProperty().get();
        if (shown == null || shown.kind() != Section.Kind.CASE || r == null || shown.caseIndex() >= r.cases().size()) {
            return null;
        }
        return r.cases().get(shown.caseIndex()).listing().listingId();
    }

    private void tick() {
        Long id = currentListing();
        if (id != null) {
            seconds.merge(id, 1, Integer::sum);
            updateTimer();
        }
    }

    private void updateTimer() {
        Long id = currentListing();
        timerLabel.getStyleClass().removeAll("timer-near", "timer-over");
        if (id == null) {
            timerLabel.setText("");
            return;
        }
        int s = seconds.getOrDefault(id, 0);
        timerLabel.setText(messages.format("meeting.timer", s / 60, String.format("%02d", s % 60)));
        if (s > AIM_MAX_SECONDS) {
            timerLabel.getStyleClass().add("timer-over");
        } else if (s > AIM_MIN_SECONDS) {
            timerLabel.getStyleClass().add("timer-near");
        }
        timerLabel.setAccessibleText(timerLabel.getText());
    }

    /** Saves the time spent on the case being left. */
    private void leaveCase() {
        Long id = currentListing();
        MeetingRecord r = viewModel.recordProperty().get();
        if (id != null && r != null && !r.meeting().closed()) {
            viewModel.saveTime(id, seconds.getOrDefault(id, 0));
        }
    }

    private void confirmClose() {
        MeetingRecord r = viewModel.recordProperty().get();
        if (r == null || r.meeting().closed()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("meeting.close.confirm"),
                ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(messages.get("meeting.close"));
        alert.setHeaderText(messages.get("meeting.close.header"));
        alert.initOwner(root.getScene().getWindow());
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            leaveCase();
            viewModel.close(null);
        });
    }

    static <T extends Control> T named(T control, String text) {
        control.setAccessibleText(text);
        return control;
    }
}
