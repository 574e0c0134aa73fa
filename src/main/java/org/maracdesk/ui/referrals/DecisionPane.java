package org.maracdesk.ui.referrals;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.intake.Decision;
import org.maracdesk.ui.common.Messages;

/** The coordinator's decision: accept to the MARAC list, Idva only, or decline, always with a reason. */
final class DecisionPane {
    private final Messages messages;
    private final ReferralText text;
    private final ReferralFormViewModel vm;
    private final ReferralChecks validation;
    private final Consumer<Decision> decided;

    DecisionPane(Messages messages, ReferralText text, ReferralFormViewModel vm, ReferralChecks validation,
                 Consumer<Decision> decided) {
        this.messages = messages;
        this.text = text;
        this.vm = vm;
        this.validation = validation;
        this.decided = decided;
    }

    Node build() {
        Label hint = new Label(messages.get("referral.decision.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
        choices.setAccessibleText(messages.get("referral.decision.title"));
        for (ReferralStatus s : new ReferralStatus[] {ReferralStatus.ACCEPTED, ReferralStatus.IDVA_ONLY,
                ReferralStatus.DECLINED}) {
            RadioButton b = new RadioButton(messages.get(switch (s) {
                case ACCEPTED -> "referral.decision.accept";
                case IDVA_ONLY -> "referral.decision.idvaOnly";
                default -> "referral.decision.decline";
            }));
            b.setId("decision-" + s.name());
            b.setUserData(s);
            b.setToggleGroup(group);
            choices.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> vm.decision.set(
                t == null ? null : (ReferralStatus) t.getUserData()));
        TextArea reason = new TextArea();
        reason.setId("decisionReason");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.textProperty().bindBidirectional(vm.decisionReason);
        Forms2.tabMovesFocus(reason);
        Label reasonLabel = new Label(messages.get("referral.decision.reason"));
        reasonLabel.setLabelFor(reason);
        reason.setAccessibleText(messages.get("referral.decision.reason"));
        validation.decisionReason(reason);
        Button record = new Button(messages.get("referral.decision.record"));
        record.setId("recordDecision");
        record.getStyleClass().add("primary");
        record.disableProperty().bind(vm.busyProperty().or(vm.race().offeredProperty()));
        record.setOnAction(e -> vm.decide(decided));
        VBox problems = new VBox(2);
        problems.setId("decisionProblems");
        vm.decisionProblems.addListener((ListChangeListener<String>) c -> {
            problems.getChildren().clear();
            for (String p : vm.decisionProblems) {
                Label l = new Label("• " + p);
                l.setWrapText(true);
                l.getStyleClass().add("hint-error");
                problems.getChildren().add(l);
            }
        });
        Label title = new Label(messages.get("referral.decision.title"));
        title.getStyleClass().add("section-heading");
        return new VBox(10, title, hint, choices, reasonLabel, reason, record, problems);
    }
}
