package org.maracdesk.ui.caseview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.ProfessionalsMeetingService.Line;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.Messages;

/**
 * The case screen's section of professionals' meetings (issue 16, decision 0049): each recorded meeting (date,
 * agencies present, outcome, actions agreed, who recorded it, its changes), and the form that records one or
 * changes the chosen one. Keyboard: Alt+I the date, Alt+N the first agency box (Tab/Space for the rest), Alt+U
 * the outcome, Alt+A the actions, Alt+H records (Alt+Y applies a change, Alt+K keeps it as it was). The coordinator
 * can remove a meeting recorded by mistake (Remove…, with a reason): it stays, marked removed, with the reason.
 */
public final class ProfessionalsMeetingsSection {
    private final ProfessionalsMeetingsViewModel vm;
    private final Messages messages;
    private final VBox list = new VBox(6);
    private final FlowPane agencyBoxes = new FlowPane(10, 4);
    private final Map<String, CheckBox> present = new LinkedHashMap<>();
    private final Label agenciesLabel;

    public ProfessionalsMeetingsSection(ProfessionalsMeetingsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.agenciesLabel = label("promeeting.agencies");
    }

    /**
     * Adds the section at the end of the case screen's sections ({@code #sections} in the loaded case view) and
     * loads it; the one line a case screen needs.
     */
    public static void addTo(Parent caseView, ProfessionalsMeetingsViewModel vm, Messages messages) {
        Node sections = ReferralCircumstancesSection.find(caseView, "sections"); // inside a scroll pane not yet shown
        if (!(sections instanceof VBox box)) {
            throw new IllegalStateException("the case screen has no #sections box for the professionals' meetings");
        }
        box.getChildren().add(new ProfessionalsMeetingsSection(vm, messages).build());
    }

    public Node build() {
        Label heading = new Label(messages.get("promeeting.heading"));
        heading.getStyleClass().add("section-title");
        Label hint = new Label(messages.get("promeeting.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        DatePicker date = DateFields.picker(messages, null);
        date.setId("proMeetingDate");
        TextArea outcome = area("proMeetingOutcome");
        TextArea actions = area("proMeetingActions");
        Label dateLabel = labelFor("promeeting.date", date);
        Label outcomeLabel = labelFor("promeeting.outcomeField", outcome);
        Label actionsLabel = labelFor("promeeting.actionsField", actions);
        Button save = new Button(messages.get("promeeting.add"));
        save.setId("proMeetingSave");
        save.setMnemonicParsing(true);
        Button cancel = new Button(messages.get("promeeting.cancel"));
        cancel.setMnemonicParsing(true);
        cancel.setVisible(false);
        cancel.setManaged(false);
        Runnable clear = () -> {
            date.setValue(null);
            date.getEditor().clear();
            present.values().forEach(b -> b.setSelected(false));
            outcome.clear();
            actions.clear();
        };
        save.setOnAction(e -> vm.save(date.getEditor().getText(), chosen(), outcome.getText(), actions.getText(),
                () -> {
                    clear.run();
                    date.requestFocus();
                }));
        cancel.setOnAction(e -> vm.cancelEdit());
        vm.editingProperty().addListener((o, was, line) -> {
            save.setText(messages.get(line == null ? "promeeting.add" : "promeeting.save"));
            cancel.setVisible(line != null);
            cancel.setManaged(line != null);
            clear.run();
            if (line != null) {
                date.setValue(line.date());
                date.getEditor().setText(ProfessionalsMeetingsViewModel.shown(line.date()));
                line.agencies().forEach(a -> {
                    if (present.containsKey(a)) {
                        present.get(a).setSelected(true);
                    }
                });
                outcome.setText(line.outcome());
                actions.setText(line.actions() == null ? "" : line.actions());
                date.requestFocus();
            }
        });
        Label message = new Label();
        message.setWrapText(true);
        message.setId("proMeetingMessage");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        vm.meetings().addListener((javafx.collections.ListChangeListener<ProfessionalsMeetingsViewModel.Shown>)
                c -> showList());
        VBox form = new VBox(4, dateLabel, date, agenciesLabel, agencyBoxes, outcomeLabel, outcome, actionsLabel,
                actions, new HBox(8, save, cancel), message);
        VBox section = new VBox(6, heading, hint, list, form);
        section.setId("professionalsMeetings");
        section.getStyleClass().add("section");
        vm.load(this::showAgencies);
        return section;
    }

    private void showAgencies() {
        if (!present.isEmpty()) {
            return;
        }
        vm.agencies().forEach((code, name) -> {
            CheckBox box = new CheckBox(name);
            box.setMnemonicParsing(false);
            box.setAccessibleText(messages.get("promeeting.agencies").replace("_", "") + ": " + name);
            present.put(code, box);
        });
        agencyBoxes.getChildren().setAll(present.values());
        if (!present.isEmpty()) {
            agenciesLabel.setLabelFor(present.values().iterator().next());
        }
        showList();
    }

    private List<String> chosen() {
        List<String> out = new ArrayList<>();
        present.forEach((code, box) -> {
            if (box.isSelected()) {
                out.add(code);
            }
        });
        return out;
    }

    private void showList() {
        list.getChildren().clear();
        if (vm.meetings().isEmpty()) {
            Label none = new Label(messages.get("promeeting.none"));
            none.getStyleClass().add("muted");
            list.getChildren().add(none);
            return;
        }
        for (ProfessionalsMeetingsViewModel.Shown shown : vm.meetings()) {
            list.getChildren().add(entry(shown));
        }
    }

    private Node entry(ProfessionalsMeetingsViewModel.Shown shown) {
        Line l = shown.line();
        String when = ProfessionalsMeetingsViewModel.shown(l.date());
        VBox box = new VBox(2);
        Label title = wrapped(messages.format(l.removed() ? "promeeting.lineRemoved" : "promeeting.line", when,
                String.join(", ", l.agencies().stream().map(vm::agencyName).toList())));
        title.getStyleClass().add(l.removed() ? "muted" : "strong");
        HBox head = new HBox(8, title);
        if (!l.removed()) {
            Button edit = new Button(messages.get("promeeting.edit"));
            edit.setAccessibleText(messages.format("promeeting.editFor", when));
            edit.getStyleClass().add("edit-professionals-meeting");
            edit.setOnAction(e -> vm.edit(l));
            head.getChildren().add(edit);
            if (vm.mayRemove()) {
                Button remove = new Button(messages.get("promeeting.remove"));
                remove.setAccessibleText(messages.format("promeeting.removeFor", when));
                remove.getStyleClass().add("remove-professionals-meeting");
                remove.setOnAction(e -> askReason(remove, l, when));
                head.getChildren().add(remove);
            }
        }
        box.getChildren().add(head);
        box.getChildren().add(wrapped(messages.format("promeeting.outcome", l.outcome())));
        if (l.actions() != null) {
            box.getChildren().add(wrapped(messages.format("promeeting.actions", l.actions())));
        }
        Label recorded = wrapped(messages.format("promeeting.recorded", l.recordedBy(), day(l.recordedAt())));
        recorded.getStyleClass().add("muted");
        box.getChildren().add(recorded);
        for (ChangeHistory.Line c : shown.history()) {
            if (ChangeHistory.REMOVED.equals(c.field())) {
                continue; // said by the removal line below
            }
            Label changed = wrapped(messages.format("promeeting.changedLine", day(c.at()), c.by(), c.field(),
                    c.oldValue() == null ? "" : c.oldValue(), c.newValue() == null ? "" : c.newValue()));
            changed.getStyleClass().add("muted");
            box.getChildren().add(changed);
        }
        if (l.removed()) {
            Label removed = wrapped(messages.format("promeeting.removedLine", day(l.removedAt()), l.removedBy(),
                    l.removalReason()));
            removed.getStyleClass().add("strong");
            box.getChildren().add(removed);
        }
        return box;
    }

    private static String day(java.time.Instant at) {
        return ProfessionalsMeetingsViewModel.shown(at.atZone(java.time.ZoneId.systemDefault()).toLocalDate());
    }

    /** Asks the coordinator why the meeting is removed; nothing happens without a reason. */
    private void askReason(Node owner, Line l, String when) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.setTitle(messages.get("promeeting.removeTitle"));
        dialog.setHeaderText(messages.format("promeeting.removeHeader", when));
        dialog.setContentText(messages.get("promeeting.removeReason"));
        dialog.getEditor().setId("proMeetingRemoveReason");
        dialog.getEditor().setAccessibleText(messages.get("promeeting.removeReason"));
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        org.maracdesk.ui.common.DialogFocus.startOn(dialog, dialog.getEditor());
        dialog.showAndWait().ifPresent(why -> vm.remove(l, why, null));
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(2);
        // Tab moves on, as in every other form (a note needs no tab characters).
        a.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                a.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return a;
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.setMnemonicParsing(true);
        return l;
    }

    private Label labelFor(String key, javafx.scene.control.Control control) {
        Label l = label(key);
        l.setLabelFor(control);
        control.setAccessibleText(l.getText().replace("_", ""));
        return l;
    }
}
