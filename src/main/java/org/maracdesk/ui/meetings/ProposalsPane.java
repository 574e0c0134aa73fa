package org.maracdesk.ui.meetings;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.actions.ActionTypeView;
import org.maracdesk.casework.meetings.ProposalDraft;
import org.maracdesk.casework.meetings.ProposalView;
import org.maracdesk.ui.common.Messages;

/**
 * The research screen's part for proposing actions (issue 16): the agency's own proposals on the chosen case
 * with where each stands, and the form that proposes a new one or changes the chosen one. Keyboard: Alt+A the
 * list (Enter changes the chosen proposal, Delete withdraws it), Alt+T/W/E/D/C the fields, Enter in the
 * description or Alt+P proposes (Alt+V saves a change).
 */
final class ProposalsPane {
    private final ProposalsViewModel vm;
    private final Messages messages;
    private final Labels words;

    ProposalsPane(ProposalsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.words = new Labels(messages);
    }

    Node build() {
        Label heading = new Label(messages.get("proposal.heading"));
        heading.getStyleClass().add("section-heading");
        Label hint = new Label(messages.get("proposal.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        ListView<ProposalView> list = new ListView<>(vm.proposals());
        list.setId("proposalList");
        list.setPrefHeight(130);
        list.setPlaceholder(new Label(messages.get("proposal.none")));
        Label listLabel = new Label(messages.get("proposal.list"));
        listLabel.setMnemonicParsing(true);
        listLabel.setLabelFor(list);
        list.setAccessibleText(listLabel.getText().replace("_", ""));
        Function<String, String> typeName = code -> vm.typeList().stream().filter(t -> t.code().equals(code))
                .map(ActionTypeView::name).findFirst().orElse(code);
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true); // a long proposal wraps inside the list instead of scrolling sideways
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ProposalView p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : messages.format("proposal.item", line(p, typeName), state(p)));
            }
        });
        ProposalForm form = new ProposalForm(messages, java.util.List.of());
        form.type.setItems(vm.typeList());
        vm.typeList().addListener((javafx.collections.ListChangeListener<ActionTypeView>) c -> {
            if (form.type.getValue() == null) {
                form.clear();
            }
        });
        Button save = button("proposal.propose", "proposalSave");
        Button edit = button("proposal.edit", "proposalEdit");
        Button withdraw = button("proposal.withdraw", "proposalWithdraw");
        Button cancel = button("proposal.cancel", "proposalCancel");
        Runnable saveIt = () -> {
            ProposalDraft draft;
            try {
                draft = form.draft();
            } catch (java.time.format.DateTimeParseException e) {
                draft = null;
            }
            vm.save(draft, () -> {
                form.clear();
                form.type.requestFocus();
            });
        };
        save.setOnAction(e -> saveIt.run());
        // Return, not onAction: Alt+C reaching the field fires an action event at it (MnemonicKeys), which must not save.
        form.description.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                saveIt.run();
            }
        });
        edit.setOnAction(e -> vm.edit(list.getSelectionModel().getSelectedItem()));
        withdraw.setOnAction(e -> vm.withdraw(list.getSelectionModel().getSelectedItem()));
        cancel.setOnAction(e -> vm.cancelEdit());
        list.focusedProperty().addListener((o, was, now) -> {
            if (now && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.edit(list.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                vm.withdraw(list.getSelectionModel().getSelectedItem());
            }
        });
        vm.editingProperty().addListener((o, was, p) -> {
            save.setText(messages.get(p == null ? "proposal.propose" : "proposal.save"));
            cancel.setVisible(p != null);
            cancel.setManaged(p != null);
            if (p == null) {
                form.clear();
            } else {
                form.fill(p.typeCode(), p.owner(), p.target(), p.description(), p.dueDate());
                form.type.requestFocus();
            }
        });
        cancel.setVisible(false);
        cancel.setManaged(false);
        Label message = new Label();
        message.setWrapText(true);
        message.setId("proposalMessage");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        HBox buttons = new HBox(8, save, cancel, edit, withdraw);
        VBox box = new VBox(6, heading, hint, listLabel, list, form.grid, buttons, message);
        box.setId("proposalsPane");
        return box;
    }

    private Button button(String key, String id) {
        Button b = new Button(messages.get(key));
        b.setMnemonicParsing(true);
        b.setId(id);
        return b;
    }

    private String line(ProposalView p, Function<String, String> typeName) {
        return messages.format("proposal.line", typeName.apply(p.typeCode()), words.target(p.target()),
                p.description(), p.owner() == null || p.owner().isBlank() ? ""
                        : messages.format("proposal.line.owner", p.owner()),
                p.dueDate() == null ? "" : messages.format("proposal.line.due", Labels.date(p.dueDate())));
    }

    private String state(ProposalView p) {
        return switch (p.state()) {
            case OPEN -> messages.get("proposal.state.OPEN");
            case AGREED -> messages.get("proposal.state.AGREED");
            case DECLINED -> messages.format("proposal.state.DECLINED", p.declinedReason());
        };
    }
}
