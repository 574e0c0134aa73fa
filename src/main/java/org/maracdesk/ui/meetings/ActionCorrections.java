package org.maracdesk.ui.meetings;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.maracdesk.casework.meetings.ActionLine;
import org.maracdesk.ui.actions.ActionEditDialog;
import org.maracdesk.ui.actions.RemoveActionDialog;
import org.maracdesk.ui.common.Messages;

/** An agreed action's line in the meeting view, with Edit… and Remove… when the account may correct it. */
final class ActionCorrections {
    private final MeetingRunViewModel vm;
    private final Messages messages;
    private final Function<String, String> agencyName;
    private final Supplier<List<String>> agencyCodes;

    ActionCorrections(MeetingRunViewModel vm, Messages messages, Function<String, String> agencyName,
                      Supplier<List<String>> agencyCodes) {
        this.vm = vm;
        this.messages = messages;
        this.agencyName = agencyName;
        this.agencyCodes = agencyCodes;
    }

    Node agreedLine(ActionLine a, String text) {
        Label line = new Label(text);
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(line, Priority.ALWAYS);
        if (!vm.correctsActions()) {
            return line;
        }
        Button edit = new Button(messages.get("meeting.action.edit"));
        edit.getStyleClass().add("edit-action");
        edit.setAccessibleText(messages.format("meeting.action.editFor", text));
        edit.setOnAction(e -> vm.forEdit(a.id(), editable -> new ActionEditDialog(messages, agencyCodes.get(),
                agencyName, vm.actionTypes()).ask(edit.getScene().getWindow(), editable).ifPresent(change -> vm.edit(change, null))));
        Button remove = new Button(messages.get("meeting.action.remove"));
        remove.setAccessibleText(messages.format("meeting.action.removeFor", text));
        remove.setOnAction(e -> vm.forEdit(a.id(), editable -> new RemoveActionDialog(messages)
                .ask(remove.getScene().getWindow(), editable)
                .ifPresent(reason -> vm.remove(a.id(), editable.action().version(), reason, null))));
        edit.setMinWidth(Button.USE_PREF_SIZE);
        remove.setMinWidth(Button.USE_PREF_SIZE);
        HBox row = new HBox(8, line, edit, remove);
        row.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return row;
    }
}
