package org.maracdesk.ui.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.maracdesk.casework.ActionDetails;
import org.maracdesk.casework.actions.ActionTypeView;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.Messages;

/**
 * The action type chooser and the type's own fields (issue 16): the school informed and the date for an Operation
 * Encompass notification, the order and when it was made for a civil order, a date for types that have one. The
 * detail fields show only for a type that has them, each with a label naming what it holds; used by the meeting
 * view's "add action" form and the edit dialog alike.
 */
public final class ActionTypeFields {
    private final Messages messages;
    private final ComboBox<ActionTypeView> type = new ComboBox<>();
    private final TextField detail = new TextField();
    private final DatePicker date;
    private final Label typeLabel;
    private final Label detailLabel = new Label();
    private final Label dateLabel = new Label();

    /**
     * @param types the MARAC's types (active ones are offered; a retired one only when {@code current} is it)
     * @param current the action's type code, or null for a new action (Other)
     */
    public ActionTypeFields(Messages messages, List<ActionTypeView> types, String current, String text,
                            LocalDate day) {
        this.messages = messages;
        List<ActionTypeView> offered = new ArrayList<>();
        types.stream().filter(t -> t.active() || t.code().equals(current)).forEach(offered::add);
        type.getItems().setAll(offered);
        type.setConverter(DisplayConverter.of(ActionTypeView::name));
        String wanted = current == null ? "OTHER" : current;
        offered.stream().filter(t -> t.code().equals(wanted)).findFirst().ifPresent(type::setValue);
        type.setId("actionType");
        detail.setText(text == null ? "" : text);
        detail.setId("actionTypeDetail");
        date = DateFields.picker(messages, day);
        date.setId("actionTypeDate");
        typeLabel = label(messages.get("actions.type.label"), type);
        detailLabel.setLabelFor(detail);
        dateLabel.setLabelFor(date);
        detailLabel.setMnemonicParsing(true);
        dateLabel.setMnemonicParsing(true);
        type.valueProperty().addListener((o, was, now) -> show(now));
        show(type.getValue());
    }

    /**
     * Puts the fields in {@code grid} from {@code row}: the type, then the details. With {@code wide} the detail
     * text and its date share a row (label, field, label, field); else each has its own. Returns the next row.
     * {@code shortcuts} learns the Alt+letter of each field (Y, I, N) for views that route mnemonics themselves.
     */
    public int addTo(GridPane grid, int row, boolean wide, BiConsumer<KeyCode, Control> shortcuts) {
        grid.add(typeLabel, 0, row);
        grid.add(type, 1, row);
        if (wide) {
            grid.addRow(row + 1, detailLabel, detail, dateLabel, date);
        } else {
            grid.addRow(row + 1, detailLabel, detail);
            grid.addRow(row + 2, dateLabel, date);
        }
        shortcuts.accept(KeyCode.Y, type);
        shortcuts.accept(KeyCode.I, detail);
        shortcuts.accept(KeyCode.N, date);
        return row + (wide ? 2 : 3);
    }

    public ComboBox<ActionTypeView> typeBox() {
        return type;
    }

    /** The chosen type's code (Other when none is chosen). */
    public String typeCode() {
        return type.getValue() == null ? "OTHER" : type.getValue().code();
    }

    /** The detail text when the chosen type has one, else null. */
    public String detailText() {
        ActionTypeView t = type.getValue();
        return t == null || !t.details().hasText() || detail.getText().isBlank() ? null : detail.getText().strip();
    }

    /** The detail date when the chosen type has one, else null; throws when what was typed is not a date. */
    public LocalDate detailDate() {
        ActionTypeView t = type.getValue();
        return t == null || !t.details().hasDate() ? null : DateFields.typed(date);
    }

    /** Empties the details for the next action (the type stays as chosen). */
    public void clear() {
        detail.clear();
        date.setValue(null);
        date.getEditor().clear();
    }

    private void show(ActionTypeView t) {
        ActionDetails d = t == null ? ActionDetails.NONE : t.details();
        String text = switch (d) {
            case SCHOOL_AND_DATE -> messages.get("actions.type.detail.school");
            case ORDER_AND_DATE -> messages.get("actions.type.detail.order");
            default -> "";
        };
        String day = switch (d) {
            case SCHOOL_AND_DATE -> messages.get("actions.type.date.school");
            case ORDER_AND_DATE -> messages.get("actions.type.date.order");
            case DATE -> messages.get("actions.type.date.date");
            case NONE -> "";
        };
        detailLabel.setText(text);
        dateLabel.setText(day);
        detail.setAccessibleText(text.replace("_", ""));
        date.setAccessibleText(day.replace("_", ""));
        date.getEditor().setAccessibleText(day.replace("_", ""));
        detail.setPromptText(d == ActionDetails.ORDER_AND_DATE ? messages.get("actions.type.prompt.order") : "");
        shown(d.hasText(), detailLabel, detail);
        shown(d.hasDate(), dateLabel, date);
    }

    private static void shown(boolean on, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }

    private static Label label(String text, Control control) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(control);
        control.setAccessibleText(text.replace("_", ""));
        return l;
    }

    /**
     * An action's type as lists and lines show it: the name, with the details in brackets when there are any,
     * e.g. "Operation Encompass notification (Wyvern Park Primary School, 24 Nov 2026)".
     */
    public static String describe(Messages messages, String typeName, String text, LocalDate day) {
        List<String> parts = new ArrayList<>();
        if (text != null) {
            parts.add(text);
        }
        if (day != null) {
            parts.add(ActionLabels.date(day));
        }
        return parts.isEmpty() ? Objects.toString(typeName, "") : messages.format("actions.type.withDetails",
                typeName, String.join(", ", parts));
    }
}
