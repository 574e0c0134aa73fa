package org.maracdesk.ui.referrals;

import org.maracdesk.ui.common.DisplayConverter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.maracdesk.ui.common.Messages;

/**
 * Lays out one section of the form: labelled fields two to a row (label, field, label, field),
 * wide ones across the row. Every label points at its field, and every field carries its label
 * as accessible text, so screen readers and the keyboard order agree with what is shown.
 */
final class FormBuilder {
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private int row;
    private int col;

    FormBuilder(Messages messages) {
        this.messages = messages;
        grid.getStyleClass().add("referral-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(130);
            label.setPrefWidth(150);
            label.setHalignment(HPos.RIGHT);
            ColumnConstraints field = new ColumnConstraints();
            field.setHgrow(Priority.ALWAYS);
            field.setMinWidth(160);
            grid.getColumnConstraints().addAll(label, field);
        }
    }

    GridPane grid() {
        return grid;
    }

    /** A heading across the row. */
    Label heading(String key) {
        newRow();
        Label h = new Label(messages.get(key));
        h.getStyleClass().add("section-heading");
        GridPane.setHalignment(h, HPos.LEFT);
        grid.add(h, 0, row, 4, 1);
        row++;
        return h;
    }

    /** A line of help across the row. */
    Label hint(String key) {
        newRow();
        Label h = new Label(messages.get(key));
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        GridPane.setHalignment(h, HPos.LEFT);
        grid.add(h, 0, row, 4, 1);
        row++;
        return h;
    }

    <C extends Control> C field(String key, String id, C control) {
        Label label = label(key, control);
        control.setId(id);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.add(control, col * 2 + 1, row);
        grid.add(label, col * 2, row);
        advance();
        return control;
    }

    <C extends Control> C wide(String key, String id, C control) {
        newRow();
        Label label = label(key, control);
        control.setId(id);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.add(control, 1, row, 3, 1);
        grid.add(label, 0, row);
        row++;
        return control;
    }

    private Label label(String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setWrapText(true);
        label.getStyleClass().add("field-label");
        control.setAccessibleText(messages.get(key));
        return label;
    }

    private void advance() {
        col++;
        if (col == 2) {
            col = 0;
            row++;
        }
    }

    private void newRow() {
        if (col != 0) {
            col = 0;
            row++;
        }
    }

    TextField text(String key, String id, StringProperty value) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(value);
        return field(key, id, f);
    }

    TextArea area(String key, String id, StringProperty value, int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(value);
        Forms2.tabMovesFocus(a);
        return wide(key, id, a);
    }

    DatePicker date(String key, String id, ObjectProperty<LocalDate> value) {
        DatePicker d = new DatePicker();
        d.valueProperty().bindBidirectional(value);
        org.maracdesk.ui.common.DateFields.dayMonthYear(d, messages);
        return field(key, id, d);
    }

    <E> ComboBox<E> choice(String key, String id, ObjectProperty<E> value, List<E> options, Function<E, String> words) {
        ComboBox<E> c = new ComboBox<>();
        c.getItems().setAll(options);
        c.setConverter(DisplayConverter.including(words));
        c.valueProperty().bindBidirectional(value);
        return field(key, id, c);
    }

    CheckBox check(String key, String id, BooleanProperty value) {
        return checkText(messages.get(key), id, value);
    }

    CheckBox checkText(String words, String id, BooleanProperty value) {
        newRow();
        CheckBox c = new CheckBox(words);
        c.setId(id);
        c.selectedProperty().bindBidirectional(value);
        c.setWrapText(true);
        grid.add(c, 1, row, 3, 1);
        row++;
        return c;
    }
}
