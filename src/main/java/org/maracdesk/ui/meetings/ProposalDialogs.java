package org.maracdesk.ui.meetings;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.maracdesk.casework.actions.ActionTypeView;
import org.maracdesk.casework.meetings.ProposalDraft;
import org.maracdesk.casework.meetings.ProposalLine;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;

/** The meeting view's dialogs for a proposal (issue 16): change it and agree it, or say why it is not agreed. */
final class ProposalDialogs {
    private final Messages messages;

    ProposalDialogs(Messages messages) {
        this.messages = messages;
    }

    /** The proposal's fields to change; "Agree as changed" returns them, empty when cancelled. */
    Optional<ProposalDraft> change(Window owner, String agency, ProposalLine p, List<ActionTypeView> types) {
        ProposalForm form = new ProposalForm(messages, types);
        form.fill(p.typeCode(), p.owner(), p.target(), p.description(), p.dueDate());
        Label problem = new Label();
        problem.getStyleClass().add("error");
        problem.setWrapText(true);
        Dialog<ProposalDraft> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("meeting.proposal.changeTitle"));
        dialog.setHeaderText(messages.format("meeting.proposal.changeHeader", agency));
        ButtonType agree = new ButtonType(messages.get("meeting.proposal.agreeChanged"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(agree, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, form.grid, problem));
        dialog.getDialogPane().setPrefWidth(640);
        javafx.scene.Node agreeButton = dialog.getDialogPane().lookupButton(agree);
        agreeButton.disableProperty().bind(form.target.valueProperty().isNull()
                .or(form.description.textProperty().isEmpty()));
        // A due date that is not a date keeps the dialog open and says how to type it.
        agreeButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                form.draft();
            } catch (java.time.format.DateTimeParseException bad) {
                problem.setText(messages.get("proposal.badDate"));
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == agree ? form.draft() : null);
        DialogFocus.startOn(dialog, form.description);
        return dialog.showAndWait();
    }

    /** Why the meeting does not agree the proposal (the agency reads it); empty when cancelled. */
    Optional<String> decline(Window owner, String agency) {
        TextField reason = new TextField();
        reason.setId("declineReason");
        Label label = new Label(messages.get("meeting.proposal.reason"));
        label.setMnemonicParsing(true);
        label.setLabelFor(reason);
        reason.setAccessibleText(label.getText().replace("_", ""));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.addRow(0, label, reason);
        GridPane.setHgrow(reason, Priority.ALWAYS);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("meeting.proposal.declineTitle"));
        dialog.setHeaderText(messages.format("meeting.proposal.declineHeader", agency));
        ButtonType decline = new ButtonType(messages.get("meeting.proposal.declineConfirm"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(decline, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().lookupButton(decline).disableProperty().bind(reason.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == decline && !reason.getText().isBlank() ? reason.getText() : null);
        DialogFocus.startOn(dialog, reason);
        return dialog.showAndWait();
    }
}
