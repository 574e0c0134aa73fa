package org.maracdesk.ui.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.meetings.AgencyView;
import org.maracdesk.casework.meetings.AreaDistrict;
import org.maracdesk.casework.meetings.NewMeeting;
import org.maracdesk.casework.meetings.RepresentativeView;
import org.maracdesk.casework.meetings.TimeSlot;
import org.maracdesk.ui.common.Messages;

/**
 * The Set-up tab of the Meetings area (coordinators): schedule a meeting with its district time
 * slots, keep the agencies and their representatives, and the districts. Dates are typed as
 * YYYY-MM-DD and times as HH:MM; what is wrong is said next to the form before anything is saved.
 */
public final class MeetingSetupView {
    private static final int CUT_OFF_DAYS = 7;
    private final MeetingSetupViewModel vm;
    private final Messages messages;
    private final LocalDate today;
    private final TextField dateField = new TextField();
    private final TextField cutOffField = new TextField();
    private final ComboBox<String> forBox = new ComboBox<>();
    private final TextField venueField = new TextField();
    private final CheckBox virtualBox = new CheckBox();
    private final TextField chairField = new TextField();
    private final VBox slotRows = new VBox(6);
    private final List<SlotRow> slots = new ArrayList<>();
    private final Label scheduleErrors = new Label();
    private boolean cutOffTyped;

    public MeetingSetupView(MeetingSetupViewModel vm, Messages messages, LocalDate today) {
        this.vm = vm;
        this.messages = messages;
        this.today = today;
    }

    /** Builds the tab content and loads the lists. */
    public Node build() {
        TabPane parts = new TabPane();
        parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        parts.getTabs().addAll(new Tab(text("meeting.setup.scheduleTab"), scroll(schedulePart())),
                new Tab(text("meeting.setup.agenciesTab"), agenciesPart()),
                new Tab(text("meeting.setup.districtsTab"), districtsPart()));
        Label status = new Label();
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());
        VBox box = new VBox(8, parts, status);
        VBox.setVgrow(parts, Priority.ALWAYS);
        box.getStyleClass().add("tab-body");
        vm.load();
        return box;
    }

    /** The field Ctrl+Shift+S puts the focus in. */
    public Node firstField() {
        return dateField;
    }

    // --- schedule ---

    private Node schedulePart() {
        GridPane g = grid();
        int row = 0;
        dateField.setPromptText(text("meeting.setup.datePrompt"));
        cutOffField.setPromptText(text("meeting.setup.datePrompt"));
        dateField.setId("setupDateField");
        cutOffField.setId("setupCutOffField");
        forBox.setId("setupForBox");
        venueField.setId("setupVenueField");
        chairField.setId("setupChairField");
        dateField.textProperty().addListener((o, a, t) -> defaultCutOff(t));
        cutOffField.setOnKeyTyped(e -> cutOffTyped = !cutOffField.getText().isBlank());
        forBox.setEditable(true);
        forBox.setPrefWidth(260);
        vm.districts().addListener((ListChangeListener<AreaDistrict>) c -> fillForBox());
        virtualBox.setText(text("meeting.setup.virtual"));
        virtualBox.setMnemonicParsing(true);
        virtualBox.setAccessibleText(plain("meeting.setup.virtual"));
        row = field(g, row, "meeting.setup.date", dateField);
        row = field(g, row, "meeting.setup.for", forBox);
        row = field(g, row, "meeting.setup.venue", venueField);
        g.add(virtualBox, 1, row++);
        row = field(g, row, "meeting.setup.chair", chairField);
        row = field(g, row, "meeting.setup.cutOff", cutOffField);
        Label slotsTitle = new Label(text("meeting.setup.slots"));
        slotsTitle.getStyleClass().add("section-title");
        Button addSlot = new Button(text("meeting.setup.addSlot"));
        addSlot.setMnemonicParsing(true);
        addSlot.setOnAction(e -> addSlot().district.requestFocus());
        addSlot();
        scheduleErrors.getStyleClass().add("error-text");
        scheduleErrors.setWrapText(true);
        scheduleErrors.setId("setupErrors");
        Button schedule = new Button(text("meeting.setup.schedule"));
        schedule.setId("setupScheduleButton");
        schedule.setMnemonicParsing(true);
        schedule.setDefaultButton(false);
        schedule.disableProperty().bind(vm.busyProperty());
        schedule.setOnAction(e -> schedule());
        Label hint = new Label(text("meeting.setup.scheduleHint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox box = new VBox(10, hint, g, slotsTitle, slotRows, addSlot, scheduleErrors, schedule);
        box.setPadding(new javafx.geometry.Insets(10, 4, 10, 0));
        return box;
    }

    private void fillForBox() {
        Set<String> names = new LinkedHashSet<>();
        for (AreaDistrict d : vm.districts()) {
            names.add(d.area());
        }
        for (AreaDistrict d : vm.districts()) {
            names.add(d.district());
        }
        String typed = forBox.getEditor().getText();
        forBox.getItems().setAll(names);
        forBox.getEditor().setText(typed);
        for (SlotRow s : slots) {
            String v = s.district.getEditor().getText();
            s.district.getItems().setAll(vm.districts().stream().map(AreaDistrict::district).toList());
            s.district.getEditor().setText(v);
        }
    }

    private void defaultCutOff(String typed) {
        if (cutOffTyped) {
            return;
        }
        LocalDate d = date(typed);
        cutOffField.setText(d == null ? "" : d.minusDays(CUT_OFF_DAYS).toString());
    }

    private SlotRow addSlot() {
        SlotRow s = new SlotRow();
        s.district.setEditable(true);
        s.district.setPrefWidth(200);
        s.district.getItems().setAll(vm.districts().stream().map(AreaDistrict::district).toList());
        int n = slots.size() + 1;
        s.district.setAccessibleText(messages.format("meeting.setup.slotDistrict", n));
        s.start.setAccessibleText(messages.format("meeting.setup.slotStart", n));
        s.end.setAccessibleText(messages.format("meeting.setup.slotEnd", n));
        s.start.setPromptText(text("meeting.setup.timePrompt"));
        s.end.setPromptText(text("meeting.setup.timePrompt"));
        s.start.setPrefColumnCount(6);
        s.end.setPrefColumnCount(6);
        s.district.getStyleClass().add("slot-district");
        s.start.getStyleClass().add("slot-start");
        s.end.getStyleClass().add("slot-end");
        Button remove = new Button(text("meeting.setup.removeSlot"));
        remove.setAccessibleText(messages.format("meeting.setup.removeSlotNumbered", n));
        HBox line = new HBox(8, s.district, new Label(text("meeting.setup.from")), s.start,
                new Label(text("meeting.setup.to")), s.end, remove);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        remove.setOnAction(e -> {
            slots.remove(s);
            slotRows.getChildren().remove(line);
        });
        slots.add(s);
        slotRows.getChildren().add(line);
        return s;
    }

    private static final class SlotRow {
        final ComboBox<String> district = new ComboBox<>();
        final TextField start = new TextField();
        final TextField end = new TextField();
    }

    private void schedule() {
        List<String> problems = new ArrayList<>();
        List<Control> wrong = new ArrayList<>();
        clearMarks();
        LocalDate date = date(dateField.getText());
        if (date == null) {
            problems.add(text("meeting.setup.error.date"));
            wrong.add(dateField);
        } else if (date.isBefore(today)) {
            problems.add(text("meeting.setup.error.past"));
            wrong.add(dateField);
        }
        LocalDate cutOff = date(cutOffField.getText());
        if (cutOff == null) {
            problems.add(text("meeting.setup.error.cutOff"));
            wrong.add(cutOffField);
        } else if (date != null && cutOff.isAfter(date)) {
            problems.add(text("meeting.setup.error.cutOffAfter"));
            wrong.add(cutOffField);
        }
        String forName = forBox.getEditor().getText();
        if (forName == null || forName.isBlank()) {
            problems.add(text("meeting.setup.error.for"));
            wrong.add(forBox);
        }
        if (!virtualBox.isSelected() && venueField.getText().isBlank()) {
            problems.add(text("meeting.setup.error.venue"));
            wrong.add(venueField);
        }
        List<TimeSlot> times = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            SlotRow s = slots.get(i);
            String district = s.district.getEditor().getText();
            boolean blank = (district == null || district.isBlank()) && s.start.getText().isBlank()
                    && s.end.getText().isBlank();
            if (blank) {
                continue;
            }
            LocalTime start = time(s.start.getText());
            LocalTime end = time(s.end.getText());
            if (district == null || district.isBlank()) {
                problems.add(messages.format("meeting.setup.error.slotDistrict", i + 1));
                wrong.add(s.district);
            }
            if (start == null || end == null) {
                problems.add(messages.format("meeting.setup.error.slotTime", i + 1));
                wrong.add(start == null ? s.start : s.end);
            } else if (!end.isAfter(start)) {
                problems.add(messages.format("meeting.setup.error.slotOrder", i + 1));
                wrong.add(s.end);
            } else if (district != null && !district.isBlank()) {
                times.add(new TimeSlot(district.strip(), start, end));
            }
        }
        if (!problems.isEmpty()) {
            scheduleErrors.setText(String.join("\n", problems));
            wrong.forEach(c -> c.getStyleClass().add("field-error"));
            wrong.get(0).requestFocus();
            return;
        }
        scheduleErrors.setText("");
        vm.schedule(new NewMeeting(date, forName.strip(), venueField.getText(), virtualBox.isSelected(),
                chairField.getText(), cutOff, times), this::clearForm);
    }

    /** Empties the form after a meeting is scheduled, so the same meeting is not scheduled twice. */
    private void clearForm() {
        cutOffTyped = false;
        for (TextField t : List.of(dateField, cutOffField, venueField, chairField)) {
            t.clear();
        }
        forBox.getEditor().clear();
        forBox.setValue(null);
        virtualBox.setSelected(false);
        slots.clear();
        slotRows.getChildren().clear();
        addSlot();
        dateField.requestFocus();
    }

    private void clearMarks() {
        List<Control> all = new ArrayList<>(List.of(dateField, cutOffField, forBox, venueField));
        for (SlotRow s : slots) {
            all.addAll(List.of(s.district, s.start, s.end));
        }
        all.forEach(c -> c.getStyleClass().remove("field-error"));
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime time(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalTime.parse(s.strip().length() == 4 ? "0" + s.strip()
                    : s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // --- agencies ---

    private Node agenciesPart() {
        ListView<AgencyView> list = new ListView<>(vm.agencies());
        list.setId("setupAgencyList");
        list.setAccessibleText(plain("meeting.setup.agencies"));
        list.setPrefWidth(320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AgencyView a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : messages.format(a.active() ? "meeting.setup.agencyLine"
                        : "meeting.setup.agencyLineInactive", a.name(), a.representatives().size()));
            }
        });
        TextField name = new TextField();
        CheckBox active = new CheckBox(text("meeting.setup.active"));
        active.setMnemonicParsing(true);
        active.setAccessibleText(plain("meeting.setup.active"));
        Button save = new Button(text("meeting.setup.saveAgency"));
        save.setMnemonicParsing(true);
        ListView<RepresentativeView> reps = new ListView<>(vm.representatives());
        reps.setAccessibleText(plain("meeting.setup.representatives"));
        reps.setPrefHeight(110);
        reps.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RepresentativeView r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.jobTitle() == null ? r.name()
                        : messages.format("meeting.setup.representativeLine", r.name(), r.jobTitle()));
            }
        });
        reps.setPlaceholder(new Label(text("meeting.setup.noRepresentatives")));
        TextField repName = new TextField();
        TextField repJob = new TextField();
        Button addRep = new Button(text("meeting.setup.addRepresentative"));
        Button removeRep = new Button(text("meeting.setup.removeRepresentative"));
        addRep.setMnemonicParsing(true);
        removeRep.setMnemonicParsing(true);
        GridPane g = grid();
        int row = field(g, 0, "meeting.setup.agencyName", name);
        g.add(new HBox(10, active, save), 1, row++);
        Label repsTitle = new Label(text("meeting.setup.representatives"));
        repsTitle.getStyleClass().add("section-title");
        repsTitle.setLabelFor(reps);
        GridPane r = grid();
        int rr = field(r, 0, "meeting.setup.representativeName", repName);
        rr = field(r, rr, "meeting.setup.jobTitle", repJob);
        r.add(new HBox(10, addRep, removeRep), 1, rr);
        // Adding an agency: one of the known codes not yet in the list.
        ComboBox<String> newCode = new ComboBox<>();
        newCode.setAccessibleText(plain("meeting.setup.newAgency"));
        TextField newName = new TextField();
        Button add = new Button(text("meeting.setup.addAgency"));
        add.setMnemonicParsing(true);
        GridPane n = grid();
        int nr = field(n, 0, "meeting.setup.newAgency", newCode);
        nr = field(n, nr, "meeting.setup.newAgencyName", newName);
        n.add(add, 1, nr);
        Label newTitle = new Label(text("meeting.setup.addAgencyTitle"));
        newTitle.getStyleClass().add("section-title");
        newCode.setPromptText(text("meeting.setup.allAgenciesAdded"));
        newCode.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : typeName(code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        newCode.valueProperty().addListener((o, a, code) -> {
            if (code != null && newName.getText().isBlank()) {
                newName.setText(typeName(code));
            }
        });
        vm.agencies().addListener((ListChangeListener<AgencyView>) c -> {
            newCode.getItems().setAll(Agency.codes().stream()
                    .filter(code -> vm.agencies().stream().noneMatch(a -> a.code().equals(code))).toList());
            boolean none = newCode.getItems().isEmpty();
            newCode.setPromptText(text(none ? "meeting.setup.allAgenciesAdded" : "meeting.setup.chooseType"));
            newCode.setDisable(none);
            newName.setDisable(none);
            add.setDisable(none);
        });
        Label agencyErrors = new Label();
        agencyErrors.getStyleClass().add("error-text");
        agencyErrors.setWrapText(true);

        list.getSelectionModel().selectedItemProperty().addListener((o, a, sel) -> {
            name.setText(sel == null ? "" : sel.name());
            active.setSelected(sel != null && sel.active());
            vm.loadRepresentatives(sel == null ? null : sel.code());
        });
        save.setOnAction(e -> {
            AgencyView sel = list.getSelectionModel().getSelectedItem();
            if (sel == null || name.getText().isBlank()) {
                agencyErrors.setText(text(sel == null ? "meeting.setup.error.chooseAgency"
                        : "meeting.setup.error.agencyName"));
                return;
            }
            agencyErrors.setText("");
            vm.saveAgency(sel.code(), name.getText(), active.isSelected());
        });
        addRep.setOnAction(e -> {
            AgencyView sel = list.getSelectionModel().getSelectedItem();
            if (sel == null || repName.getText().isBlank()) {
                agencyErrors.setText(text(sel == null ? "meeting.setup.error.chooseAgency"
                        : "meeting.setup.error.representativeName"));
                return;
            }
            agencyErrors.setText("");
            vm.addRepresentative(sel.code(), repName.getText(), repJob.getText());
            repName.clear();
            repJob.clear();
            repName.requestFocus();
        });
        removeRep.setOnAction(e -> {
            AgencyView sel = list.getSelectionModel().getSelectedItem();
            RepresentativeView who = reps.getSelectionModel().getSelectedItem();
            if (sel == null || who == null) {
                agencyErrors.setText(text("meeting.setup.error.chooseRepresentative"));
                return;
            }
            agencyErrors.setText("");
            vm.removeRepresentative(sel.code(), who);
        });
        add.setOnAction(e -> {
            if (newCode.getValue() == null || newName.getText().isBlank()) {
                agencyErrors.setText(text("meeting.setup.error.newAgency"));
                return;
            }
            agencyErrors.setText("");
            vm.saveAgency(newCode.getValue(), newName.getText(), true);
            newName.clear();
        });
        VBox right = new VBox(10, g, repsTitle, reps, r, newTitle, n, agencyErrors);
        right.setPadding(new javafx.geometry.Insets(0, 4, 10, 0));
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(16, list, scroll(right));
        box.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        HBox.setHgrow(box.getChildren().get(1), Priority.ALWAYS);
        return box;
    }

    /** The agency type's name as the referral form words it (the code if it has none). */
    private String typeName(String code) {
        StringBuilder key = new StringBuilder("referral.agency.");
        boolean upper = false;
        for (char c : code.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return messages.bundle().containsKey(key.toString()) ? messages.get(key.toString()) : code;
    }

    // --- districts ---

    private Node districtsPart() {
        ListView<AreaDistrict> list = new ListView<>(vm.districts());
        list.setAccessibleText(plain("meeting.setup.districts"));
        list.setPrefWidth(360);
        list.setPlaceholder(new Label(text("meeting.setup.noDistricts")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AreaDistrict d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : messages.format("meeting.setup.districtLine", d.area(),
                        d.district()));
            }
        });
        TextField area = new TextField();
        TextField district = new TextField();
        Button add = new Button(text("meeting.setup.addDistrict"));
        add.setMnemonicParsing(true);
        Label errors = new Label();
        errors.getStyleClass().add("error-text");
        errors.setWrapText(true);
        add.setOnAction(e -> {
            if (area.getText().isBlank() || district.getText().isBlank()) {
                errors.setText(text("meeting.setup.error.district"));
                return;
            }
            errors.setText("");
            vm.addDistrict(area.getText(), district.getText());
            district.clear();
            district.requestFocus();
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) {
                area.setText(d.area());
            }
        });
        GridPane g = grid();
        int row = field(g, 0, "meeting.setup.area", area);
        row = field(g, row, "meeting.setup.district", district);
        g.add(add, 1, row++);
        g.add(errors, 1, row);
        Label hint = new Label(text("meeting.setup.districtsHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox right = new VBox(10, hint, g);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(16, list, right);
        box.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        return box;
    }

    // --- helpers ---

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        return g;
    }

    /** A label (with its mnemonic) for a field; the label is made after the field so labelFor resolves. */
    private int field(GridPane g, int row, String key, Control control) {
        Label label = new Label(text(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        if (control.getAccessibleText() == null) {
            control.setAccessibleText(plain(key));
        }
        if (control instanceof TextField t && t.getPrefColumnCount() == TextField.DEFAULT_PREF_COLUMN_COUNT) {
            t.setPrefColumnCount(24);
        }
        g.add(label, 0, row);
        g.add(control, 1, row);
        return row + 1;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        ScrollToFocus.install(s);
        return s;
    }

    private String text(String key) {
        return messages.get(key);
    }

    private String plain(String key) {
        return messages.get(key).replace("_", "");
    }
}
