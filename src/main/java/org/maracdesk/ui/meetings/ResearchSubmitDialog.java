package org.maracdesk.ui.meetings;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.DisclosureChoice;
import org.maracdesk.ui.common.DisclosureFields;
import org.maracdesk.ui.common.Messages;

/**
 * The research submit step (decision 0048): the lawful basis the research is shared under (the MARAC's default
 * first) and consent, with the reason when it is shared without consent. Submit stays on the dialog and says what
 * is missing until the answers will do.
 */
final class ResearchSubmitDialog {
    private final Messages messages;

    ResearchSubmitDialog(Messages messages) {
        this.messages = messages;
    }

    /** True when the user chose Submit with answers that will do; {@code choice} holds them. */
    boolean ask(Window owner, String caseReference, DisclosureChoice choice) {
        DisclosureFields fields = new DisclosureFields(choice, messages, 150);
        Label problem = new Label();
        problem.setId("disclosureProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label(messages.get("disclosure.research.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("disclosure.research.title"));
        dialog.setHeaderText(messages.format("disclosure.research.header", caseReference));
        ButtonType submit = new ButtonType(messages.get("disclosure.research.submit"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(submit, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(10, hint, fields.node(), problem));
        dialog.getDialogPane().setPrefWidth(640);
        dialog.getDialogPane().lookupButton(submit).addEventFilter(ActionEvent.ACTION, e -> {
            String p = choice.problem();
            if (p != null) {
                e.consume();
                problem.setText(p);
                (choice.consentProperty().get() == null ? fields.consentBox() : fields.reasonField()).requestFocus();
            }
        });
        dialog.setResultConverter(b -> b == submit);
        DialogFocus.startOn(dialog, choice.consentProperty().get() == null ? fields.consentBox() : fields.basisBox());
        return dialog.showAndWait().orElse(false);
    }
}
