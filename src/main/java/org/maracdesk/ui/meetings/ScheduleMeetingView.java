package org.maracdesk.ui.meetings;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.maracdesk.ui.common.FieldProblem;
import org.maracdesk.ui.common.FormValidation;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.meetings.ScheduleMeetingViewModel.SlotInput;

/** Controller of {@code ScheduleMeetingView.fxml}: binds the form to its view model and shows its problems. */
public final class ScheduleMeetingView {
    private final ScheduleMeetingViewModel vm;
    private final Messages messages;
    private final FormValidation validation;
    private final Map<SlotInput, SlotRow> rows = new LinkedHashMap<>();
    @FXML private TextField dateField;
    @FXML private ComboBox<String> forBox;
    @FXML private TextField venueField;
    @FXML private CheckBox virtualBox;
    @FXML private TextField chairField;
    @FXML private TextField cutOffField;
    @FXML private VBox slotRows;
    @FXML private Label errorsLabel;
    @FXML private Button scheduleButton;

    /** The controls of one time slot, and the line that holds them. */
    private record SlotRow(ComboBox<String> district, TextField start, TextField end, HBox line) {
    }

    public ScheduleMeetingView(ScheduleMeetingViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.validation = new FormValidation(messages);
    }

    @FXML
    private void initialize() {
        dateField.textProperty().bindBidirectional(vm.dateProperty());
        cutOffField.textProperty().bindBidirectional(vm.cutOffProperty());
        cutOffField.setOnKeyTyped(e -> vm.cutOffTyped(cutOffField.getText()));
        forBox.getEditor().textProperty().bindBidirectional(vm.forNameProperty());
        venueField.textProperty().bindBidirectional(vm.venueProperty());
        chairField.textProperty().bindBidirectional(vm.chairProperty());
        virtualBox.selectedProperty().bindBidirectional(vm.virtualProperty());
        scheduleButton.disableProperty().bind(vm.busyProperty());
        vm.forChoices().addListener((ListChangeListener<String>) c -> keepTyped(forBox, vm.forChoices()));
        vm.districtChoices().addListener((ListChangeListener<String>) c ->
                rows.values().forEach(r -> keepTyped(r.district(), vm.districtChoices())));
        keepTyped(forBox, vm.forChoices());
        vm.slots().forEach(this::addRow);
        vm.slots().addListener((ListChangeListener<SlotInput>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(s -> slotRows.getChildren().remove(rows.remove(s).line()));
                c.getAddedSubList().forEach(this::addRow);
            }
        });
    }

    /** The field Ctrl+Shift+S puts the focus in. */
    TextField firstField() {
        return dateField;
    }

    /** New choices for an editable box, keeping what the user has typed in it. */
    private static void keepTyped(ComboBox<String> box, List<String> choices) {
        String typed = box.getEditor().getText();
        box.getItems().setAll(choices);
        box.getEditor().setText(typed);
    }

    private void addRow(SlotInput s) {
        int n = vm.slots().indexOf(s) + 1;
        ComboBox<String> district = new ComboBox<>();
        district.setEditable(true);
        district.setPrefWidth(200);
        district.getItems().setAll(vm.districtChoices());
        district.getEditor().textProperty().bindBidirectional(s.districtProperty());
        TextField start = timeField(s.startProperty().get());
        TextField end = timeField(s.endProperty().get());
        start.textProperty().bindBidirectional(s.startProperty());
        end.textProperty().bindBidirectional(s.endProperty());
        district.setAccessibleText(messages.format("meeting.setup.slotDistrict", n));
        start.setAccessibleText(messages.format("meeting.setup.slotStart", n));
        end.setAccessibleText(messages.format("meeting.setup.slotEnd", n));
        district.getStyleClass().add("slot-district");
        start.getStyleClass().add("slot-start");
        end.getStyleClass().add("slot-end");
        Button remove = new Button(messages.get("meeting.setup.removeSlot"));
        remove.setAccessibleText(messages.format("meeting.setup.removeSlotNumbered", n));
        remove.setOnAction(e -> vm.removeSlot(s));
        HBox line = new HBox(8, district, new Label(messages.get("meeting.setup.from")), start,
                new Label(messages.get("meeting.setup.to")), end, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        rows.put(s, new SlotRow(district, start, end, line));
        slotRows.getChildren().add(line);
    }

    private TextField timeField(String text) {
        TextField t = new TextField(text);
        t.setPromptText(messages.get("meeting.setup.timePrompt"));
        t.setPrefColumnCount(6);
        return t;
    }

    @FXML
    private void addSlot() {
        SlotInput s = vm.addSlot();
        rows.get(s).district().requestFocus();
    }

    @FXML
    private void schedule() {
        List<FieldProblem> problems = vm.schedule(dateField::requestFocus);
        errorsLabel.setText(String.join("\n", problems.stream().map(FieldProblem::message).toList()));
        Control first = validation.show(problems, fields());
        if (first != null) {
            first.requestFocus();
        }
    }

    /** The view model's field names and the controls that show them. */
    private Map<String, Control> fields() {
        Map<String, Control> fields = new HashMap<>(Map.of(ScheduleMeetingViewModel.DATE, dateField,
                ScheduleMeetingViewModel.CUT_OFF, cutOffField, ScheduleMeetingViewModel.FOR, forBox,
                ScheduleMeetingViewModel.VENUE, venueField));
        for (int i = 0; i < vm.slots().size(); i++) {
            SlotRow r = rows.get(vm.slots().get(i));
            fields.put(ScheduleMeetingViewModel.slotField(i, "district"), r.district());
            fields.put(ScheduleMeetingViewModel.slotField(i, "start"), r.start());
            fields.put(ScheduleMeetingViewModel.slotField(i, "end"), r.end());
        }
        return fields;
    }
}
