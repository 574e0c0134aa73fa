package org.maracdesk.ui.caseview;

import org.maracdesk.ui.common.DisplayConverter;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.CaseOutcome;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;

/** Asks for the outcome and the reason before a case is closed; OK stays disabled until both are given. */
final class CloseCaseDialog {
    private final Messages messages;
    private final CaseDetailViewModel viewModel;

    CloseCaseDialog(Messages messages, CaseDetailViewModel viewModel) {
        this.messages = messages;
        this.viewModel = viewModel;
    }

    /** The outcome and reason chosen, or empty when the user cancelled. */
    Optional<Choice> ask(Window owner, String caseReference) {
        ChoiceBox<CaseOutcome> outcome = new ChoiceBox<>();
        outcome.getItems().setAll(CaseOutcome.values());
        outcome.setConverter(DisplayConverter.of((CaseOutcome o) -> viewModel.outcomeName(o)));
        outcome.setAccessibleText(messages.get("caseview.closeDialog.outcome"));
        TextArea reason = new TextArea();
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setAccessibleText(messages.get("caseview.closeDialog.reason"));
        Label outcomeLabel = new Label(messages.get("caseview.closeDialog.outcome"));
        outcomeLabel.setLabelFor(outcome);
        Label reasonLabel = new Label(messages.get("caseview.closeDialog.reason"));
        reasonLabel.setLabelFor(reason);
        Label hint = new Label(messages.get("caseview.closeDialog.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");

        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("caseview.closeDialog.title"));
        dialog.setHeaderText(messages.format("caseview.closeDialog.header", caseReference));
        ButtonType closeType = new ButtonType(messages.get("caseview.closeDialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(closeType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(6, hint, outcomeLabel, outcome, reasonLabel, reason));
        dialog.getDialogPane().lookupButton(closeType).disableProperty().bind(outcome.valueProperty().isNull()
                .or(reason.textProperty().isEmpty()));
        dialog.setResultConverter(b -> b == closeType ? new Choice(outcome.getValue(), reason.getText()) : null);
        DialogFocus.startOn(dialog, outcome);
        return dialog.showAndWait();
    }

    record Choice(CaseOutcome outcome, String reason) {
    }
}
