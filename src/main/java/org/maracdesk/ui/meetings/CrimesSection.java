package org.maracdesk.ui.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.CrimeAgainst;
import org.maracdesk.casework.meetings.CasePerson;
import org.maracdesk.casework.meetings.CrimeEntry;
import org.maracdesk.casework.meetings.CrimeLine;
import org.maracdesk.casework.meetings.CrimeService;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.Messages;

/**
 * The crimes disclosed part of a case on the meeting view: the crimes recorded so far, each with
 * Edit and Remove (while the meeting is open) and, for police and the coordinator, the police
 * reference; then a form to add one (or correct the one being edited). Keyboard-first: Alt+C goes
 * to "Crime disclosed", Return in it saves.
 */
final class CrimesSection {
    private static final CasePerson NONE = new CasePerson(-1, null, "");
    private final CrimesViewModel vm;
    private final Messages messages;
    private final Function<String, String> agencyName;
    private final Supplier<List<String>> agencyCodes;
    private final Map<KeyCode, Node> shortcuts = new HashMap<>();

    CrimesSection(CrimesViewModel vm, Messages messages, Function<String, String> agencyName,
                  Supplier<List<String>> agencyCodes) {
        this.vm = vm;
        this.messages = messages;
        this.agencyName = agencyName;
        this.agencyCodes = agencyCodes;
    }

    /** The Alt+letter shortcuts of the last part built. */
    Map<KeyCode, Node> shortcuts() {
        return shortcuts;
    }

    Node build(long listingId, boolean closed) {
        shortcuts.clear();
        Form f = new Form(listingId, closed);
        VBox list = new VBox(6);
        list.getStyleClass().add("crime-list");
        list.getChildren().add(muted(messages.get("meeting.crime.loading")));
        f.reload = () -> vm.load(listingId, c -> show(c, list, f, closed));
        f.reload.run();
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        Label heading = new Label(messages.get("meeting.crime.title"));
        heading.getStyleClass().add("section-heading");
        return new VBox(6, heading, list, f.grid(), problem);
    }

    private void show(CrimeService.CaseCrimes c, VBox list, Form f, boolean closed) {
        f.people(c.people());
        list.getChildren().clear();
        int n = 0;
        for (CrimeLine k : c.crimes()) {
            list.getChildren().add(line(++n, k, f, closed));
        }
        if (c.crimes().isEmpty()) {
            list.getChildren().add(muted(messages.get("meeting.crime.none")));
        }
    }

    private Node line(int n, CrimeLine k, Form f, boolean closed) {
        String text = describe(n, k);
        Label words = wrap(text);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button edit = new Button(messages.get("meeting.crime.edit"));
        edit.setAccessibleText(messages.format("meeting.crime.editFor", text));
        edit.setOnAction(e -> f.edit(k));
        Button remove = new Button(messages.get("meeting.crime.remove"));
        remove.setAccessibleText(messages.format("meeting.crime.removeFor", text));
        remove.setOnAction(e -> askReason(text).ifPresent(why -> vm.remove(k.id(), k.version(), why, f.reload)));
        edit.setDisable(closed);
        remove.setDisable(closed);
        edit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, words, edit, remove);
        VBox box = new VBox(4, row);
        box.getStyleClass().add("crime-entry");
        if (k.fromFreeText()) {
            box.getChildren().add(muted(messages.get("meeting.crime.fromFreeText")));
        }
        if (vm.recordsReferences()) {
            TextField ref = new TextField(k.policeReference() == null ? "" : k.policeReference());
            ref.setPromptText(messages.get("meeting.crime.referencePrompt"));
            ref.setAccessibleText(messages.format("meeting.crime.referenceFor", text));
            Button save = new Button(messages.get("meeting.crime.saveReference"));
            save.setAccessibleText(messages.format("meeting.crime.saveReferenceFor", text));
            Runnable saveIt = () -> vm.policeReference(k.id(), ref.getText(), f.reload);
            save.setOnAction(e -> saveIt.run());
            ref.setOnAction(e -> saveIt.run());
            Label refLabel = new Label(messages.get("meeting.crime.reference"));
            refLabel.setLabelFor(ref);
            box.getChildren().add(new HBox(8, refLabel, ref, save));
        }
        return box;
    }

    private String describe(int n, CrimeLine k) {
        String when = k.occurredOn() == null ? (k.occurredNote() == null ? messages.get("meeting.crime.whenUnknown")
                : k.occurredNote()) : Labels.date(k.occurredOn()) + (k.occurredNote() == null ? ""
                : " (" + k.occurredNote() + ")");
        String against = k.against() == null ? messages.get("meeting.crime.notRecorded") : against(k.against())
                + (k.personName() == null ? "" : ": " + k.personName())
                + (k.againstNote() == null ? "" : " (" + k.againstNote() + ")");
        return messages.format("meeting.crime.line", n, k.description(), when, against,
                k.disclosedBy() == null ? messages.get("meeting.crime.notRecorded") : agencyName.apply(k.disclosedBy()),
                k.policeReference() == null ? messages.get("meeting.crime.noReference") : k.policeReference());
    }

    private String against(CrimeAgainst a) {
        return switch (a) {
            case VICTIM -> messages.get("meeting.crime.against.victim");
            case CHILD -> messages.get("meeting.crime.against.child");
            case OTHER -> messages.get("meeting.crime.against.other");
        };
    }

    private java.util.Optional<String> askReason(String crime) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(messages.get("meeting.crime.removeTitle"));
        d.setHeaderText(messages.format("meeting.crime.removeHeader", crime));
        d.setContentText(messages.get("meeting.crime.removeReason"));
        d.getEditor().setAccessibleText(messages.get("meeting.crime.removeReason"));
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The add-or-correct form of one case. */
    private final class Form {
        final long listingId;
        final TextField what = new TextField();
        final DatePicker date = DateFields.picker(messages, null);
        final TextField whenWords = new TextField();
        final ComboBox<CrimeAgainst> against = new ComboBox<>();
        final ComboBox<CasePerson> person = new ComboBox<>();
        final TextField whoWords = new TextField();
        final ComboBox<String> agency = new ComboBox<>();
        final Button save = new Button(messages.get("meeting.crime.add"));
        final Button cancel = new Button(messages.get("meeting.crime.cancelEdit"));
        final boolean closed;
        List<CasePerson> people = List.of();
        Long editing;
        int version;
        Runnable reload = () -> { };

        Form(long listingId, boolean closed) {
            this.listingId = listingId;
            this.closed = closed;
            against.getItems().setAll(CrimeAgainst.values());
            against.setConverter(DisplayConverter.of((CrimeAgainst a) -> against(a)));
            person.setConverter(DisplayConverter.of((CasePerson p) -> p == NONE
                    ? messages.get("meeting.crime.personNone") : p.name()));
            agency.getItems().setAll(agencyCodes.get());
            agency.setConverter(DisplayConverter.of((String code) -> agencyName.apply(code)));
            against.valueProperty().addListener((o, a, b) -> offerPeople(null));
            what.setOnAction(e -> submit());
            whoWords.setOnAction(e -> submit());
            save.setOnAction(e -> submit());
            cancel.setOnAction(e -> clear());
            cancel.setVisible(false);
            cancel.setManaged(false);
            whenWords.setPromptText(messages.get("meeting.crime.whenWordsPrompt"));
        }

        void people(List<CasePerson> all) {
            people = all;
            offerPeople(person.getValue());
        }

        private void offerPeople(CasePerson keep) {
            List<CasePerson> items = new ArrayList<>();
            items.add(NONE);
            people.stream().filter(p -> p.as() == against.getValue()).forEach(items::add);
            person.getItems().setAll(items);
            CasePerson chosen = keep != null && items.contains(keep) ? keep
                    : against.getValue() == CrimeAgainst.VICTIM && items.size() > 1 ? items.get(1) : NONE;
            person.setValue(chosen);
        }

        GridPane grid() {
            GridPane g = new GridPane();
            g.getStyleClass().add("form");
            g.setHgap(8);
            g.setVgap(6);
            g.addRow(0, label("meeting.crime.what", what, KeyCode.C), what);
            GridPane.setColumnSpan(what, 3);
            g.addRow(1, label("meeting.crime.date", date, KeyCode.K), date,
                    label("meeting.crime.whenWords", whenWords, KeyCode.S), whenWords);
            g.addRow(2, label("meeting.crime.against", against, KeyCode.A), against,
                    label("meeting.crime.person", person, KeyCode.N), person);
            g.addRow(3, label("meeting.crime.whoWords", whoWords, KeyCode.R), whoWords,
                    label("meeting.crime.disclosedBy", agency, KeyCode.B), agency);
            g.add(new HBox(8, save, cancel), 1, 4, 3, 1);
            GridPane.setHgrow(what, Priority.ALWAYS);
            g.setDisable(closed);
            return g;
        }

        void edit(CrimeLine k) {
            editing = k.id();
            version = k.version();
            what.setText(k.description());
            date.setValue(k.occurredOn());
            whenWords.setText(k.occurredNote() == null ? "" : k.occurredNote());
            against.setValue(k.against());
            offerPeople(people.stream().filter(p -> k.personId() != null && p.personId() == k.personId()).findFirst()
                    .orElse(NONE));
            whoWords.setText(k.againstNote() == null ? "" : k.againstNote());
            agency.setValue(k.disclosedBy());
            save.setText(messages.get("meeting.crime.saveEdit"));
            cancel.setVisible(true);
            cancel.setManaged(true);
            what.requestFocus();
        }

        void clear() {
            editing = null;
            what.clear();
            date.setValue(null);
            date.getEditor().clear();
            whenWords.clear();
            against.setValue(null);
            whoWords.clear();
            agency.setValue(null);
            save.setText(messages.get("meeting.crime.add"));
            cancel.setVisible(false);
            cancel.setManaged(false);
            vm.problemProperty().set("");
        }

        void submit() {
            String typed = date.getEditor().getText();
            LocalDate day;
            try {
                day = typed == null || typed.isBlank() ? null : DateFields.typed(date);
            } catch (java.time.format.DateTimeParseException e) {
                day = null;
            }
            CasePerson p = person.getValue();
            CrimeEntry entry = new CrimeEntry(what.getText(), day, whenWords.getText(), against.getValue(),
                    p == null || p == NONE ? null : p.personId(), whoWords.getText(), agency.getValue());
            vm.save(listingId, editing, version, entry, typed, () -> {
                clear();
                reload.run();
                what.requestFocus();
            });
        }
    }

    private Label label(String key, Control control, KeyCode shortcut) {
        Label l = new Label(messages.get(key));
        l.setMnemonicParsing(true);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // at 150 % text the field narrows, not the label
        l.setLabelFor(control);
        control.setAccessibleText(l.getText().replace("_", ""));
        shortcuts.put(shortcut, control);
        return l;
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
}
