package org.maracdesk.ui.meetings;

import org.maracdesk.ui.common.DisplayConverter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.PresentFor;
import org.maracdesk.casework.meetings.ActionLine;
import org.maracdesk.casework.meetings.AgendaItem;
import org.maracdesk.casework.meetings.AttendanceLine;
import org.maracdesk.casework.meetings.CaseField;
import org.maracdesk.casework.meetings.CaseRecord;
import org.maracdesk.casework.meetings.LapseItem;
import org.maracdesk.casework.meetings.MeetingField;
import org.maracdesk.casework.meetings.MeetingRecord;
import org.maracdesk.casework.meetings.ResearchEntry;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.Messages;

/** Builds the content of each part of the meeting view, and its Alt+letter shortcuts. */
final class MeetingSections {
    private final MeetingRunViewModel vm;
    private final Messages messages;
    private final Function<String, String> agencyName;
    private final java.util.function.Supplier<List<String>> agencyCodes;
    private final Map<KeyCode, Node> shortcuts = new HashMap<>();
    private final Labels words;
    private final ActionCorrections corrections;
    private final AgreedActions agreed;
    /** The Alt+letter of each field of the "agree an action" form. */
    private static final Map<String, KeyCode> ACTION_KEYS = Map.of("meeting.action.agency", KeyCode.G,
            "meeting.action.target", KeyCode.T, "meeting.action.owner", KeyCode.W, "meeting.action.due", KeyCode.U,
            "meeting.action.description", KeyCode.D, "meeting.action.child", KeyCode.L);
    private final CrimesSection crimes;

    MeetingSections(MeetingRunViewModel vm, Messages messages, Function<String, String> agencyName,
                    java.util.function.Supplier<List<String>> agencyCodes) {
        this.vm = vm;
        this.messages = messages;
        this.agencyName = agencyName;
        this.agencyCodes = agencyCodes;
        this.words = new Labels(messages);
        this.corrections = new ActionCorrections(vm, messages, agencyName, agencyCodes);
        this.agreed = new AgreedActions(vm, messages, agencyName, agencyCodes, corrections, shortcuts::put,
                (key, control) -> label(key, control, ACTION_KEYS.get(key)));
        this.crimes = vm.crimes() == null ? null : new CrimesSection(vm.crimes(), messages, agencyName, agencyCodes);
    }

    /** A choice of which cases an attendee was present for. */
    private record Presence(PresentFor part, String district) {
    }

    Node shortcut(KeyCode key) {
        return shortcuts.get(key);
    }

    Node signIn(MeetingRecord r, boolean closed, Consumer<Node> first) {
        shortcuts.clear();
        ComboBox<AttendanceKind> kind = combo(List.of(AttendanceKind.values()), words::kind);
        kind.getSelectionModel().select(AttendanceKind.ATTENDEE);
        ComboBox<String> agency = combo(agencyCodes.get(), agencyName);
        TextField name = new TextField();
        CheckBox infoSent = new CheckBox(messages.get("meeting.signIn.infoSent"));
        TextField arrived = new TextField();
        arrived.setPromptText(messages.get("meeting.signIn.arrived.prompt"));
        arrived.setPrefColumnCount(10);
        arrived.disableProperty().bind(infoSent.selectedProperty().not());
        arrived.setAccessibleText(messages.get("meeting.signIn.arrived.accessible"));
        List<Presence> parts = new java.util.ArrayList<>(List.of(new Presence(PresentFor.ALL, null),
                new Presence(PresentFor.CHILDREN, null)));
        r.meeting().slots().forEach(t -> parts.add(new Presence(PresentFor.SLOT, t.district())));
        ComboBox<Presence> present = combo(parts, p -> switch (p.part()) {
            case ALL -> messages.get("meeting.signIn.present.all");
            case CHILDREN -> messages.get("meeting.signIn.present.children");
            case SLOT -> messages.format("meeting.signIn.present.slot", p.district());
        });
        present.getSelectionModel().select(0);
        Label presentLabel = new Label(messages.get("meeting.signIn.present"));
        presentLabel.setLabelFor(present);
        presentLabel.setMinWidth(Region.USE_PREF_SIZE);
        present.setAccessibleText(messages.get("meeting.signIn.present"));
        present.disableProperty().bind(kind.valueProperty().isNotEqualTo(AttendanceKind.ATTENDEE));
        Button add = new Button(messages.get("meeting.signIn.add"));
        Runnable signIn = () -> vm.signIn(kind.getValue(), agency.getValue(), name.getText(), infoSent.isSelected(),
                present.getValue().part(), present.getValue().district(), arrived.getText(), null);
        add.setOnAction(e -> signIn.run());
        name.setOnAction(e -> signIn.run());
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label("meeting.signIn.kind", kind, KeyCode.K), kind);
        form.addRow(1, label("meeting.signIn.agency", agency, KeyCode.G), agency);
        form.addRow(2, label("meeting.signIn.name", name, KeyCode.N), name);
        form.addRow(3, presentLabel, present);
        Label arrivedLabel = new Label(messages.get("meeting.signIn.arrived"));
        arrivedLabel.setLabelFor(arrived);
        // wraps instead of cutting words short when the text is large (View > Larger text)
        FlowPane apology = new FlowPane(12, 6, infoSent, arrivedLabel, arrived, add);
        apology.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        List.of(infoSent, arrivedLabel, add).forEach(n -> n.setMinWidth(Region.USE_PREF_SIZE));
        form.addRow(4, new Label(), apology);
        VBox lines = new VBox(4);
        for (AttendanceLine a : r.attendance()) {
            String text = messages.format("meeting.signIn.line", words.kind(a.kind()),
                    a.agencyCode() == null ? "" : agencyName.apply(a.agencyCode()), a.name() == null ? "" : a.name(),
                    a.kind() == AttendanceKind.APOLOGY ? (a.infoSent() && a.infoReceivedOn() != null
                            ? messages.format("meeting.signIn.sentInfoOn", Labels.date(a.infoReceivedOn()))
                            : messages.get(a.infoSent() ? "meeting.signIn.sentInfo"
                            : "meeting.signIn.noInfo")) : a.presentFor() == PresentFor.CHILDREN
                            ? messages.get("meeting.signIn.presentChildren") : a.presentFor() == PresentFor.SLOT
                            ? messages.format("meeting.signIn.presentSlot", a.slotDistrict()) : "");
            Button remove = new Button(messages.get("meeting.signIn.remove"));
            remove.setAccessibleText(messages.format("meeting.signIn.removeFor", text));
            remove.setOnAction(e -> vm.removeAttendance(a.id()));
            remove.setVisible(!closed);
            remove.setManaged(!closed);
            lines.getChildren().add(new HBox(8, wrap(text), remove));
        }
        if (r.attendance().isEmpty()) {
            lines.getChildren().add(muted(messages.get("meeting.signIn.none")));
        }
        form.setDisable(closed);
        first.accept(firstField(kind));
        return page("meeting.section.signIn", wrap(messages.get("meeting.signIn.statement")), form,
                heading("meeting.signIn.signedIn"), lines);
    }

    Node outstanding(MeetingRecord r, boolean closed, Consumer<Node> first) {
        shortcuts.clear();
        VBox rows = new VBox(10);
        Node firstControl = null;
        for (ActionLine a : r.outstanding()) {
            Node row = outstandingRow(a, closed);
            rows.getChildren().add(row);
            firstControl = firstControl == null ? row.lookup(".outcome-status") : firstControl;
        }
        if (r.outstanding().isEmpty()) {
            rows.getChildren().add(muted(messages.get("meeting.outstanding.none")));
        }
        first.accept(firstControl == null ? null : firstField(firstControl));
        return page("meeting.outstanding.title", rows);
    }

    /** One outstanding action: what was agreed, what is recorded, and the outcome the meeting hears. */
    private Node outstandingRow(ActionLine a, boolean closed) {
        ComboBox<ActionStatus> status = combo(List.of(ActionStatus.values()), words::status);
        status.getStyleClass().add("outcome-status");
        status.getSelectionModel().select(a.status() == ActionStatus.OPEN ? ActionStatus.DONE : a.status());
        DatePicker completed = DateFields.picker(messages, a.completedOn());
        TextField note = new TextField(a.note() == null ? "" : a.note());
        note.setPromptText(messages.get("meeting.outstanding.note"));
        Button record = new Button(messages.get("meeting.outstanding.record"));
        String text = messages.format("meeting.outstanding.line", a.caseReference(), agencyName.apply(a.agencyCode()),
                a.description(), a.dueDate() == null ? "" : Labels.date(a.dueDate()), Labels.date(a.agreedOn()),
                a.timesCarriedForward() > 0 || a.carriedFrom() != null ? messages.get("meeting.outstanding.carried")
                        : "");
        status.setAccessibleText(messages.format("meeting.outstanding.statusFor", text));
        completed.setAccessibleText(messages.format("meeting.outstanding.dateFor", text));
        note.setAccessibleText(messages.format("meeting.outstanding.noteFor", text));
        record.setAccessibleText(messages.format("meeting.outstanding.recordFor", text));
        completed.disableProperty().bind(status.valueProperty().isNotEqualTo(ActionStatus.DONE));
        Runnable save = () -> {
            LocalDate day;
            try {
                day = status.getValue() == ActionStatus.DONE ? DateFields.typed(completed) : null;
            } catch (java.time.format.DateTimeParseException e) {
                vm.problemProperty().set(messages.get("meeting.outstanding.badDate"));
                return;
            }
            vm.review(a.id(), status.getValue(), day, note.getText(), null);
        };
        record.setOnAction(e -> save.run());
        note.setOnAction(e -> save.run());
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox controls = new HBox(8, status, completed, note, record);
        controls.setDisable(closed);
        String recorded = a.status() == ActionStatus.OPEN ? messages.get("meeting.outstanding.notYet")
                : messages.format("meeting.outstanding.recorded", words.status(a.status()),
                        a.completedOn() == null ? "" : Labels.date(a.completedOn()));
        return new VBox(4, wrap(text), muted(recorded), controls);
    }

    Node caseSection(CaseRecord c, boolean closed, Consumer<Node> first) {
        shortcuts.clear();
        AgendaItem l = c.listing();
        long id = l.listingId();
        Label markers = wrap(words.markers(l));
        markers.setAccessibleText(words.markersInFull(l));
        markers.getStyleClass().add("case-markers");
        VBox story = new VBox(6, markers, wrap(words.risk(l)),
                titled("meeting.case.summary", c.summary()), titled("meeting.case.voice", c.victimVoice()),
                titled("meeting.case.wants", c.victimWants()));
        VBox research = new VBox(6);
        for (ResearchEntry e : c.research()) {
            research.getChildren().add(researchEntry(e));
        }
        if (c.research().isEmpty()) {
            research.getChildren().add(muted(messages.get("meeting.case.noResearch")));
        }
        TextArea victim = area(c, CaseField.RISKS_TO_VICTIM, closed);
        first.accept(firstField(victim));
        VBox page = page(null, heading(words.caseTitle(l)), story, heading("meeting.case.research"), research,
                heading("meeting.case.risks"),
                field("meeting.case.risksToVictim", victim, KeyCode.V),
                field("meeting.case.risksToChildren", area(c, CaseField.RISKS_TO_CHILDREN, closed), KeyCode.H),
                field("meeting.case.risksToOthers", area(c, CaseField.RISKS_TO_OTHERS, closed), KeyCode.O),
                field("meeting.case.risksFromPerpetrator", area(c, CaseField.RISKS_FROM_PERPETRATOR, closed),
                        KeyCode.F),
                heading("meeting.case.actions"), agreed.build(c, id, closed),
                field("meeting.case.safetyPlan", area(c, CaseField.SAFETY_PLAN, closed), KeyCode.P),
                crimes(c, closed),
                field("meeting.case.notes", area(c, CaseField.NOTES, closed), KeyCode.E));
        return page;
    }

    /**
     * Crimes disclosed: entries per crime (issue 15); the free-text field only where no crimes part is
     * wired (its text was moved into entries by V31 and is kept on the listing).
     */
    private Node crimes(CaseRecord c, boolean closed) {
        if (crimes == null) {
            return field("meeting.case.crimes", area(c, CaseField.CRIMES_DISCLOSED, closed), KeyCode.C);
        }
        Node part = crimes.build(c.listing().listingId(), closed);
        shortcuts.putAll(crimes.shortcuts());
        return part;
    }

    private Node researchEntry(ResearchEntry e) {
        VBox box = new VBox(2, new Label(messages.format("meeting.case.researchBy", agencyName.apply(e.agencyCode()),
                words.state(e.state()))));
        box.getStyleClass().add("research-entry");
        if (e.review()) {
            box.getChildren().add(wrap(messages.format("meeting.case.review", e.onRoll() == null
                    ? messages.get("meeting.case.reviewNotAnswered") : switch (e.onRoll()) {
                        case YES -> messages.get("research.review.onRoll.yes");
                        case NO -> messages.get("research.review.onRoll.no");
                        case NOT_KNOWN -> messages.get("research.review.onRoll.notKnown");
                    })));
            if (e.reviewChanges() != null) {
                box.getChildren().add(wrap(messages.format("meeting.case.reviewChanges", e.reviewChanges())));
            }
        }
        if (e.facts() != null) {
            box.getChildren().add(wrap(messages.format("meeting.case.facts", e.facts())));
        }
        if (e.opinion() != null) {
            box.getChildren().add(wrap(messages.format("meeting.case.opinion", e.opinion())));
        }
        if (e.notShared() != null) {
            box.getChildren().add(wrap(messages.format("meeting.case.notShared", e.notShared())));
        }
        return box;
    }

    Node end(MeetingRecord r, boolean closed, Consumer<Node> first, Runnable close) {
        shortcuts.clear();
        VBox lapses = new VBox(4);
        for (LapseItem l : r.lapses()) {
            lapses.getChildren().add(wrap(messages.format("meeting.lapse.line", l.caseReference(), Labels.date(l.lastListed()),
                    Labels.date(l.lapsesOn()))));
        }
        if (r.lapses().isEmpty()) {
            lapses.getChildren().add(muted(messages.get("meeting.lapse.none")));
        }
        TextArea lapseNote = meetingArea(r.lapseNote(), MeetingField.LAPSE_NOTE, closed);
        TextArea aob = meetingArea(r.anyOtherBusiness(), MeetingField.ANY_OTHER_BUSINESS, closed);
        Button closeButton = new Button(messages.get("meeting.close"));
        closeButton.setOnAction(e -> close.run());
        closeButton.setDisable(closed);
        first.accept(firstField(lapseNote));
        return page("meeting.section.end", heading("meeting.lapse.title"), lapses,
                field("meeting.lapse.note", lapseNote, KeyCode.N), field("meeting.aob", aob, KeyCode.A),
                closeButton, muted(messages.get(closed ? "meeting.closed" : "meeting.close.hint")));
    }

    /** Marks the field that takes the focus when a part of the meeting opens. */
    private static Node firstField(Node n) {
        n.getStyleClass().add("first-field");
        return n;
    }

    private TextArea area(CaseRecord c, CaseField f, boolean closed) {
        long id = c.listing().listingId();
        TextArea a = textArea(vm.caseText(id, f, c.fields().get(f)), closed);
        a.textProperty().addListener((o, x, text) -> vm.saveCaseField(id, f, text));
        return a;
    }

    private TextArea meetingArea(String value, MeetingField f, boolean closed) {
        TextArea a = textArea(vm.meetingText(f, value), closed);
        a.textProperty().addListener((o, x, text) -> vm.saveMeetingField(f, text));
        return a;
    }

    /** A text area where Tab moves on (minutes need no tab characters) and Ctrl+Tab does too. */
    private static TextArea textArea(String value, boolean closed) {
        TextArea a = new TextArea(value == null ? "" : value);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.setEditable(!closed);
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                Node n = (Node) e.getSource();
                if (e.isShiftDown()) {
                    n.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, true, true, false, false));
                } else {
                    n.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, true, false, false));
                }
            }
        });
        return a;
    }

    private <T> ComboBox<T> combo(List<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setConverter(DisplayConverter.of((T t) -> text.apply(t)));
        return box;
    }

    private Label label(String key, Control control, KeyCode shortcut) {
        Label l = new Label(messages.get(key));
        l.setMnemonicParsing(true);
        l.setMinWidth(Region.USE_PREF_SIZE); // at 150 % text the field narrows, not the label
        l.setLabelFor(control);
        control.setAccessibleText(l.getText().replace("_", ""));
        shortcuts.put(shortcut, control);
        return l;
    }

    private Node field(String key, Control control, KeyCode shortcut) {
        Label l = label(key, control, shortcut);
        return new VBox(4, l, control);
    }

    private Label heading(String keyOrText) {
        Label l = new Label(keyOrText.startsWith("meeting.") ? messages.get(keyOrText) : keyOrText);
        l.getStyleClass().add("section-heading");
        return l;
    }

    private Node titled(String key, String text) {
        return wrap(messages.format(key, text == null || text.isBlank() ? messages.get("meeting.case.notRecorded")
                : text));
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = wrap(text);
        l.getStyleClass().add("muted");
        return l;
    }

    private VBox page(String titleKey, Node... nodes) {
        VBox box = new VBox(10);
        box.getStyleClass().add("meeting-page");
        if (titleKey != null) {
            Label t = new Label(messages.get(titleKey));
            t.getStyleClass().add("title");
            box.getChildren().add(t);
        }
        box.getChildren().addAll(nodes);
        return box;
    }
}
