package org.maracdesk.ui.meetings;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.ActionType;
import org.maracdesk.casework.actions.ActionTypeView;
import org.maracdesk.casework.meetings.ProposalDraft;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.Messages;

/**
 * The fields of a proposed action (issue 16): its type from the MARAC's list, whom it is for, the owner, the
 * due date and what is to be done, each with a labelled Alt+letter. Used on the research screen to propose
 * and in the meeting view to change a proposal before agreeing it.
 */
final class ProposalForm {
    final ComboBox<ActionTypeView> type = new ComboBox<>();
    final ComboBox<ActionTarget> target = new ComboBox<>();
    final TextField owner = new TextField();
    final DatePicker due;
    final TextField description = new TextField();
    final GridPane grid = new GridPane();

    ProposalForm(Messages messages, List<ActionTypeView> types) {
        Labels words = new Labels(messages);
        due = DateFields.picker(messages, null);
        type.getItems().setAll(types);
        type.setConverter(DisplayConverter.of(ActionTypeView::name));
        target.getItems().setAll(ActionTarget.values());
        target.setConverter(DisplayConverter.of(words::target));
        type.setId("proposalType");
        target.setId("proposalTarget");
        owner.setId("proposalOwner");
        due.setId("proposalDue");
        description.setId("proposalDescription");
        grid.getStyleClass().add("form");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label(messages, "proposal.type", type), type, label(messages, "proposal.target", target), target);
        grid.addRow(1, label(messages, "proposal.owner", owner), owner, label(messages, "proposal.due", due), due);
        grid.addRow(2, label(messages, "proposal.description", description), description);
        GridPane.setColumnSpan(description, 3);
        GridPane.setHgrow(description, Priority.ALWAYS);
        type.setMaxWidth(Double.MAX_VALUE);
        target.setMaxWidth(Double.MAX_VALUE);
        clear();
    }

    private static Label label(Messages messages, String key, Control field) {
        Label l = new Label(messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setAccessibleText(l.getText().replace("_", ""));
        return l;
    }

    /** Empties the fields; the type is Other until one is chosen. */
    void clear() {
        fill(ActionType.OTHER, null, null, null, null);
    }

    void fill(String typeCode, String ownerName, ActionTarget whom, String what, LocalDate dueDate) {
        type.setValue(type.getItems().stream().filter(t -> t.code().equals(typeCode)).findFirst().orElse(null));
        target.setValue(whom);
        owner.setText(ownerName == null ? "" : ownerName);
        due.setValue(dueDate);
        due.getEditor().setText(dueDate == null ? "" : due.getConverter().toString(dueDate));
        description.setText(what == null ? "" : what);
    }

    /** The type chosen (null when none is, and the service takes Other). */
    String typeCode() {
        return type.getValue() == null ? null : type.getValue().code();
    }

    /** The draft from the fields, the due date read from what is typed (an unparsable date throws). */
    ProposalDraft draft() {
        LocalDate d = DateFields.parse(due.getEditor().getText());
        return new ProposalDraft(typeCode(), owner.getText(), target.getValue(), description.getText(), d);
    }

    boolean complete() {
        return target.getValue() != null && !description.getText().isBlank();
    }
}
