package org.maracdesk.ui.meetings;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.actions.ActionTypeView;
import org.maracdesk.casework.actions.ChildChoice;
import org.maracdesk.casework.meetings.ActionLine;
import org.maracdesk.casework.meetings.CaseRecord;
import org.maracdesk.ui.actions.ActionTypeFields;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.Messages;

/**
 * The actions part of a case in the meeting view: the actions agreed so far (each with its type), agencies'
 * proposals to agree, and the form that agrees the next one — agency, whom it is for, owner, due date,
 * description, and the action's type with the type's own details (issue 16).
 */
final class AgreedActions {
    private final MeetingRunViewModel vm;
    private final Messages messages;
    private final Function<String, String> agencyName;
    private final Supplier<List<String>> agencyCodes;
    private final Labels words;
    private final ActionCorrections corrections;
    private final java.util.function.BiConsumer<KeyCode, Control> shortcuts;
    private final BiFunction<String, Control, Label> label;

    /**
     * @param label makes a field's label from a message key and registers its Alt+letter (through {@code shortcuts}
     *              for controls whose label is not a message key)
     */
    AgreedActions(MeetingRunViewModel vm, Messages messages, Function<String, String> agencyName,
                  Supplier<List<String>> agencyCodes, ActionCorrections corrections,
                  java.util.function.BiConsumer<KeyCode, Control> shortcuts, BiFunction<String, Control, Label> label) {
        this.vm = vm;
        this.messages = messages;
        this.agencyName = agencyName;
        this.agencyCodes = agencyCodes;
        this.words = new Labels(messages);
        this.corrections = corrections;
        this.shortcuts = shortcuts;
        this.label = label;
    }

    Node build(CaseRecord c, long listingId, boolean closed) {
        ComboBox<String> agency = combo(agencyCodes.get(), agencyName);
        TextField owner = new TextField();
        ComboBox<ActionTarget> target = combo(List.of(ActionTarget.values()), words::target);
        TextField description = new TextField();
        DatePicker due = DateFields.picker(messages, null);
        ActionTypeFields type = new ActionTypeFields(messages, vm.actionTypes(), null, null, null);
        ComboBox<ChildChoice> child = org.maracdesk.ui.actions.ChildPicker.combo(messages, c.children(), null, target);
        Button add = new Button(messages.get("meeting.action.add"));
        Runnable addIt = () -> {
            java.time.LocalDate detailDate;
            try {
                detailDate = type.detailDate();
            } catch (java.time.format.DateTimeParseException e) {
                vm.problemProperty().set(messages.get("actions.type.badDate"));
                return;
            }
            vm.addAction(listingId, agency.getValue(), owner.getText(), target.getValue(), description.getText(),
                    due.getEditor().getText(), type.typeCode(), type.detailText(), detailDate,
                    org.maracdesk.ui.actions.ChildPicker.chosen(child), null);
        };
        add.setOnAction(e -> addIt.run());
        description.setOnAction(e -> addIt.run());
        due.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                addIt.run();
            }
        });
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label.apply("meeting.action.agency", agency), agency,
                label.apply("meeting.action.target", target), target);
        form.addRow(1, label.apply("meeting.action.owner", owner), owner,
                label.apply("meeting.action.due", due), due);
        int row = 2;
        if (!c.children().isEmpty()) {
            form.addRow(row++, label.apply("meeting.action.child", child), child);
        }
        form.addRow(row, label.apply("meeting.action.description", description), description);
        GridPane.setColumnSpan(description, 3);
        int next = row + 1;
        if (!vm.actionTypes().isEmpty()) {
            next = type.addTo(form, next, true, shortcuts);
        }
        form.add(add, 1, next);
        form.setDisable(closed);
        VBox box = new VBox(6);
        for (ActionLine a : c.actions()) {
            box.getChildren().add(corrections.agreedLine(a, line(a)));
        }
        box.getChildren().addAll(new ProposalRows(vm, messages, agencyName, shortcuts).build(c, closed));
        if (box.getChildren().isEmpty()) {
            Label none = new Label(messages.get("meeting.action.none"));
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
        }
        box.getChildren().add(form);
        return box;
    }

    /** An agreed action's line: agency, owner, for whom, what, due, and its type with the type's details. */
    private String line(ActionLine a) {
        String text = messages.format("meeting.action.line", agencyName.apply(a.agencyCode()),
                a.owner() == null ? "" : a.owner(), a.targetChild() == null ? words.target(a.target())
                        : messages.format("meeting.action.forChild", a.targetChild()), a.description(),
                a.dueDate() == null ? "" : Labels.date(a.dueDate()));
        String typeName = vm.actionTypes().stream().filter(t -> t.code().equals(a.typeCode()))
                .map(ActionTypeView::name).findFirst().orElse(null);
        return typeName == null ? text : messages.format("meeting.action.typedLine", text,
                ActionTypeFields.describe(messages, typeName, a.detailText(), a.detailDate()));
    }

    private <T> ComboBox<T> combo(List<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setConverter(DisplayConverter.of((T t) -> text.apply(t)));
        return box;
    }
}
