package org.maracdesk.ui.caseview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.actions.ActionHistoryEntry;
import org.maracdesk.casework.hub.HubRecords;
import org.maracdesk.security.Permission;
import org.maracdesk.ui.actions.ActionLabels;
import org.maracdesk.ui.actions.ChangeLines;

/**
 * The case's actions with their history: "History" under an action lists its status updates (who, when,
 * from, to, note; the Actions screen's history) and, for those who may read them, the corrections made after
 * it was agreed (field, old and new value, reason), read in the background when first opened.
 */
final class ActionsSection extends RowsSection<HubRecords.Action> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    ActionsSection(CaseHub hub) {
        super(hub, "hub.actions", "hubActions");
    }

    @Override
    java.util.List<HubRecords.Action> read(long caseId) {
        return hub.services().hub().actions(caseId);
    }

    @Override
    void fill() {
        frame.clear();
        for (HubRecords.Action a : vm.rows()) {
            String text = messages.format("caseview.action.line", messages.get(ActionLabels.stateKey(a.status())),
                    frame.date(a.dueDate()), a.agencyName(), a.owner() == null ? "" : a.owner(), a.description(),
                    a.typeName() == null ? "" : a.typeName())
                    + (a.agreedOn() == null ? "" : "\n" + messages.format("hub.action.agreed", frame.date(a.agreedOn())));
            VBox history = new VBox(2);
            history.getStyleClass().add("hub-record");
            history.setPadding(new javafx.geometry.Insets(0, 0, 4, 24));
            history.setVisible(false);
            history.setManaged(false);
            CaseSectionViewModel<String> lines = hub.rows();
            lines.rows().addListener((javafx.collections.ListChangeListener<String>) c -> showHistory(history, lines));
            lines.problemProperty().addListener((o, old, p) -> showHistory(history, lines));
            lines.loadedProperty().addListener((o, old, done) -> {
                if (done) {
                    showHistory(history, lines);
                }
            });
            Button toggle = frame.button("hub.action.history", messages.format("hub.action.history.accessible",
                    a.description()), () -> { });
            toggle.setOnAction(e -> {
                boolean open = !history.isVisible();
                history.setVisible(open);
                history.setManaged(open);
                toggle.setText(messages.get(open ? "hub.action.historyHide" : "hub.action.history"));
                if (open) {
                    history.getChildren().setAll(frame.line(messages.get("hub.loading")));
                    lines.load(() -> historyLines(a.id()));
                }
            });
            frame.rows().getChildren().addAll(frame.row(frame.line(text), toggle), history);
        }
    }

    private void showHistory(VBox box, CaseSectionViewModel<String> lines) {
        box.getChildren().clear();
        if (!lines.problemProperty().get().isEmpty()) {
            box.getChildren().add(frame.line(lines.problemProperty().get()));
            return;
        }
        if (lines.rows().isEmpty()) {
            box.getChildren().add(frame.line(messages.get("actions.history.none")));
        }
        for (String line : lines.rows()) {
            Label l = frame.line(line);
            box.getChildren().add(l);
        }
    }

    /** Runs in the background: the status updates, then the corrections where this account may read them. */
    private List<String> historyLines(long actionId) {
        List<String> out = new ArrayList<>();
        for (ActionHistoryEntry e : hub.services().actions().history(actionId)) {
            String line = messages.format("actions.history.line", WHEN.format(e.at().atZone(ZoneId.systemDefault())),
                    e.by(), messages.get(ActionLabels.stateKey(e.from())), messages.get(ActionLabels.stateKey(e.to())));
            if (e.completedOn() != null) {
                line += " " + messages.format("actions.history.completed", ActionLabels.date(e.completedOn()));
            }
            out.add(e.note() == null ? line : line + "\n" + e.note());
        }
        if (hub.allows(Permission.RECORD_MINUTES) || hub.allows(Permission.UPDATE_ANY_ACTION)) {
            hub.services().actionCorrections().changes(actionId).forEach(c -> out.add(ChangeLines.text(messages, c)));
        }
        return out;
    }
}
