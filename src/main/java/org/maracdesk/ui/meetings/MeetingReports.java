package org.maracdesk.ui.meetings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.meetings.MeetingCorrectionService.CaseDestination;
import org.maracdesk.casework.meetings.MeetingCorrectionService.Cancelled;
import org.maracdesk.casework.meetings.MeetingCorrectionService.Edited;
import org.maracdesk.casework.meetings.MeetingCorrectionService.FieldChange;
import org.maracdesk.casework.meetings.MeetingCorrectionService.History;
import org.maracdesk.casework.meetings.MeetingCorrectionService.HistoryLine;
import org.maracdesk.ui.common.Messages;

/**
 * Tells the coordinator what a correction did: where each case of a cancelled meeting went, what an edit
 * changed and what the agenda check found, and a meeting's history. Each is a list the keyboard can walk.
 */
final class MeetingReports {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");
    private final Messages messages;

    MeetingReports(Messages messages) {
        this.messages = messages;
    }

    void cancelled(Window owner, Cancelled r) {
        List<String> lines = new ArrayList<>();
        for (CaseDestination d : r.cases()) {
            lines.add(d.waiting()
                    ? messages.format("meeting.cancelled.waits", d.caseReference(),
                            d.district() == null ? messages.get("meeting.cancelled.noDistrict") : d.district())
                    : messages.format("meeting.cancelled.movedTo", d.caseReference(), Labels.date(d.meetingDate())));
        }
        if (r.withheld() > 0) {
            lines.add(messages.format("meeting.cancelled.withheld", r.withheld()));
        }
        if (r.researchWithdrawn() > 0) {
            lines.add(messages.format("meeting.cancelled.researchWithdrawn", r.researchWithdrawn()));
        }
        long waiting = r.cases().stream().filter(CaseDestination::waiting).count();
        show(owner, "meeting.cancelled.title", messages.format("meeting.cancelled.header", r.cases().size(), waiting),
                lines, "meeting.cancelled.list");
    }

    void edited(Window owner, Edited r) {
        List<String> lines = new ArrayList<>();
        for (FieldChange c : r.changes()) {
            lines.add(messages.format("meeting.edited.change", field(c.field()), value(c.oldValue()),
                    value(c.newValue())));
        }
        if (r.check().referredAfterCutOff() > 0) {
            lines.add(messages.format("meeting.edited.lateReferrals", r.check().referredAfterCutOff()));
        }
        for (String district : r.check().districtsWithoutSlot()) {
            lines.add(messages.format("meeting.edited.noSlot", district));
        }
        if (r.check().clean()) {
            lines.add(messages.format("meeting.edited.agendaFine", r.check().listed()));
        }
        show(owner, "meeting.edited.title", messages.format("meeting.edited.header", r.changes().size()), lines,
                "meeting.edited.list");
    }

    void history(Window owner, History h) {
        List<String> lines = new ArrayList<>();
        for (HistoryLine l : h.lines()) {
            String what = messages.format("meeting.history.line", WHEN.format(l.at().atZone(ZoneId.systemDefault())),
                    l.by(), l.caseReference() == null ? "" : l.caseReference() + " · ", field(l.field()),
                    value(l.oldValue()), value(l.newValue()));
            lines.add(l.reason() == null ? what : what + " " + messages.format("meeting.history.reason", l.reason()));
        }
        if (h.withheld() > 0) {
            lines.add(messages.format("meeting.history.withheld", h.withheld()));
        }
        if (lines.isEmpty()) {
            lines.add(messages.get("meeting.history.none"));
        }
        show(owner, "meeting.history.title", messages.get("meeting.history.header"), lines, "meeting.history.list");
    }

    private String field(String name) {
        return HistoryFields.FIELDS.contains(name) ? messages.get("meeting.history.field." + name) : name;
    }

    private String value(String v) {
        return v == null || v.isBlank() ? messages.get("meeting.history.empty") : v;
    }

    private void show(Window owner, String title, String header, List<String> lines, String listName) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll(lines);
        list.setAccessibleText(messages.get(listName));
        list.getStyleClass().add("where-list");
        list.setPrefSize(620, Math.min(360, 40 + 26 * lines.size()));
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(messages.get(title));
        a.setHeaderText(header);
        a.getDialogPane().setContent(new VBox(list));
        a.getButtonTypes().setAll(ButtonType.OK);
        a.setResizable(true);
        // The list takes the focus so the lines can be read one by one; Return still closes the dialog.
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.OK)).fire();
            }
        });
        Platform.runLater(list::requestFocus);
        a.showAndWait();
    }
}
