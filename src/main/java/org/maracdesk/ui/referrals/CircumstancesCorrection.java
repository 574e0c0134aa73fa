package org.maracdesk.ui.referrals;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.ReferralCircumstances;
import org.maracdesk.casework.intake.ReferralRecord;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.FormValidation;
import org.maracdesk.ui.common.Messages;

/**
 * The coordinator's correction of a decided referral's further §2.3 fields (decision 0046): the same four folding
 * sections as on the form, filled with what the referral holds, and the reason. Problems are said at the field as
 * they are typed and listed above the reason when Correct is pressed, and nothing is sent until there are none.
 */
final class CircumstancesCorrection {
    private final ReferralRecordViewModel vm;
    private final Messages messages;
    private final ReferralText text;

    CircumstancesCorrection(ReferralRecordViewModel vm, Messages messages, ReferralText text) {
        this.vm = vm;
        this.messages = messages;
        this.text = text;
    }

    void ask(Window owner) {
        ask(owner, null, null, "");
    }

    /**
     * The same, with the fields the user changed from {@code from} to {@code mine} put back on top of the newest
     * record, and their reason, after their correction lost the race (decision 0051).
     */
    private void ask(Window owner, ReferralCircumstances from, ReferralCircumstances mine, String mineReason) {
        ReferralRecord r = vm.recordProperty().get();
        ReferralCircumstances base = r.content().circumstances();
        CircumstancesFields fields = new CircumstancesFields();
        fields.load(org.maracdesk.ui.common.Reapply.onTop(from, mine, base));
        FormValidation validation = new FormValidation(messages);
        Node sections = new CircumstancesPane(messages, text, fields, validation).build();
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(380);
        TextArea reason = new TextArea();
        reason.setId("circumstancesReason");
        reason.setText(mineReason);
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        Forms2.tabMovesFocus(reason);
        Label reasonLabel = new Label(messages.get("referral.record.reasonLabel"));
        reasonLabel.setMnemonicParsing(true);
        reasonLabel.setLabelFor(reason);
        reason.setAccessibleText(reasonLabel.getText().replace("_", ""));
        Label problem = new Label();
        problem.setId("circumstancesProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        Dialog<Boolean> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("circumstances.correct.title"));
        d.setHeaderText(messages.get("circumstances.correct.header"));
        ButtonType confirm = new ButtonType(messages.get("circumstances.correct.confirm"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        d.getDialogPane().setContent(new VBox(8, scroll, problem, reasonLabel, reason));
        d.getDialogPane().setPrefWidth(860);
        d.getDialogPane().lookupButton(confirm).disableProperty().bind(reason.textProperty().isEmpty());
        d.getDialogPane().lookupButton(confirm).addEventFilter(ActionEvent.ACTION, e -> {
            List<String> problems = fields.problems(messages);
            if (!problems.isEmpty()) {
                problem.setText(String.join("\n", problems));
                e.consume();
            }
        });
        d.setResultConverter(b -> b == confirm);
        validation.start();
        DialogFocus.startOn(d, sections.lookup("#circOccupation"));
        d.showAndWait().filter(Boolean::booleanValue).ifPresent(b -> {
            ReferralCircumstances typed = fields.value();
            String why = reason.getText();
            vm.correctCircumstances(typed, why, newest -> ask(owner, base, typed, why));
        });
    }
}
