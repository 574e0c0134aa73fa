package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.intake.ReferralRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * From the keyboard: the coordinator opens a decided referral in full from the referral list, reads its
 * decision and score explained, and reverses the decision with a reason; the record shows the change in its
 * history. A reversal refused (the case is listed) is said in the dialog, naming the meeting.
 */
@ExtendWith(ApplicationExtension.class)
class ReferralRecordScreenTest {
    private static final String PASS = "referral record screen passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        root = DemoDesk.start(stage, temp.resolve("vault"), PASS, 11, 6);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ReferralRow> referralTable(FxRobot robot) {
        waitUntil(() -> robot.lookup(".table-view").queryAll().stream()
                .anyMatch(t -> "Drafts and recent referrals".equals(t.getAccessibleText())));
        return (TableView<ReferralRow>) robot.lookup(".table-view").queryAll().stream()
                .filter(t -> "Drafts and recent referrals".equals(t.getAccessibleText())).findFirst().orElseThrow();
    }

    @Test
    void aDecidedReferralIsReadInFullAndItsDecisionReversedWithAReason(FxRobot robot) throws Exception {
        DemoDesk.signIn(robot, PASS);
        waitFor(robot, "#table");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        TableView<ReferralRow> table = referralTable(robot);
        waitUntil(() -> !table.getItems().isEmpty());
        int oldest = table.getItems().size() - 1;
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(oldest);
        });
        ReferralRow row = table.getItems().get(oldest);
        assertEquals(ReferralStatus.ACCEPTED, row.status());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        Button reverse = waitFor(robot, "#recordReverse");
        waitUntil(() -> !reverse.isDisabled(), "the record is loaded");
        javafx.stage.Window main = robot.targetWindow();
        robot.targetWindow(reverse.getScene().getWindow());
        assertEquals(List.of(), Accessibility.unnamedControls(reverse.getScene().getRoot()),
                "referral record controls without a name for screen readers");
        Shots.write(reverse.getScene().getRoot(), "referral-record");
        assertTrue(robot.lookup(".label").queryAll().stream().anyMatch(l -> ((Label) l).getText()
                .startsWith("Visible high risk: ")), "each route is explained");
        Label caseValue = robot.lookup(".label").queryAll().stream().map(l -> (Label) l)
                .filter(l -> row.caseReference().equals(l.getText())).findFirst().orElseThrow();
        assertTrue(caseValue.isVisible());

        // The oldest referral of the demo was heard long ago: reversing it is refused, naming the meeting.
        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        ComboBox<ReferralStatus> to = waitFor(robot, "#reverseTo");
        robot.targetWindow(to.getScene().getWindow());
        assertEquals(List.of(), Accessibility.unnamedControls(to.getScene().getRoot()),
                "reverse dialog controls without a name for screen readers");
        robot.interact(() -> to.setValue(ReferralStatus.DECLINED));
        robot.clickOn("#reverseReason").write("The victim lives outside the area.");
        robot.clickOn("Reverse");
        robot.targetWindow(reverse.getScene().getWindow());
        waitUntil(() -> robot.lookup(".error-text").queryAll().stream().anyMatch(l -> ((Label) l).getText()
                .contains("was heard for this referral at the meeting of")), "the refusal names the meeting");

        // Correct the checklist from the record: one answer changed, scored again, and the change in its history.
        robot.clickOn("#recordCorrectChecklist");
        ComboBox<org.maracdesk.risk.Answer> q1 = waitFor(robot, "#answer-q1");
        robot.targetWindow(q1.getScene().getWindow());
        org.maracdesk.risk.Answer was = q1.getValue();
        org.maracdesk.risk.Answer now = was == org.maracdesk.risk.Answer.YES ? org.maracdesk.risk.Answer.NO
                : org.maracdesk.risk.Answer.YES;
        robot.interact(() -> q1.setValue(now));
        robot.clickOn("#rescoreReason").write("The referrer ticked the wrong column.");
        robot.clickOn("Save and score again");
        robot.targetWindow(reverse.getScene().getWindow());
        waitUntil(() -> robot.lookup(".notice").queryAll().stream().anyMatch(l -> ((Label) l).getText()
                .startsWith("Scored again:")), "the result before and after is said");
        waitUntil(() -> robot.lookup(".label").queryAll().stream().anyMatch(l -> ((Label) l).getText()
                .contains("Checklist answer q1 " + was.jsonName() + " \u2192 " + now.jsonName())), "the history shows the answer");
        Node close = robot.lookup("Close").query();
        robot.clickOn(close);
        robot.targetWindow(main);
    }
}
