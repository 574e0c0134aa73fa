package org.maracdesk.ui.exports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.maracdesk.casework.meetings.MinutesRecords;
import org.maracdesk.ui.common.Messages;

/**
 * The export dialog's choice of the minutes record's version (decision 0041): each version with when it was
 * closed, by whom and why the meeting was reopened for it; the latest is chosen unless the user picks another.
 * Shown for the minutes only.
 */
final class VersionChooser {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");
    private final Messages messages;

    VersionChooser(Messages messages) {
        this.messages = messages;
    }

    void attach(ComboBox<MinutesRecords.Closing> box, Label label, ExportDialogViewModel vm) {
        boolean shown = vm.previews();
        for (javafx.scene.Node n : new javafx.scene.Node[] {box, label}) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
        if (!shown) {
            return;
        }
        label.setLabelFor(box);
        box.setAccessibleText(messages.get("export.version.accessible"));
        box.setItems(vm.versions());
        box.valueProperty().bindBidirectional(vm.versionProperty());
        box.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.versions()).lessThan(2));
        box.setCellFactory(l -> cell(false));
        box.setButtonCell(cell(true));
        box.setPromptText(messages.get("export.version.none"));
    }

    /** @param shown the closed box: a short line (the list and the spoken text say why as well) */
    private ListCell<MinutesRecords.Closing> cell(boolean shown) {
        return new ListCell<>() {
            @Override
            protected void updateItem(MinutesRecords.Closing item, boolean empty) {
                super.updateItem(item, empty);
                String full = empty || item == null ? null : text(item);
                setText(full == null || !shown ? full : messages.format(item.latest() ? "export.version.shortLatest"
                        : "export.version.short", item.version(), when(item.closedAt()),
                        item.closedBy() == null ? messages.get("export.version.unknown") : item.closedBy()));
                setAccessibleText(full);
                setTooltip(full == null ? null : new javafx.scene.control.Tooltip(full));
            }
        };
    }

    /** "Version 2 (latest), closed 20 Nov 2026 14:05 by coordinator, reopened because: …" */
    String text(MinutesRecords.Closing c) {
        String line = messages.format(c.latest() ? "export.version.latest" : "export.version.older", c.version(),
                when(c.closedAt()), c.closedBy() == null ? messages.get("export.version.unknown") : c.closedBy());
        return c.reason() == null ? line : line + messages.format("export.version.reason", c.reason());
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(ZoneId.systemDefault()));
    }
}
