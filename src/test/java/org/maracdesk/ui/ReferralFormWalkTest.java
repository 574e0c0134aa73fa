package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.casework.Agency;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** A coordinator types a referral with its checklist, watches the score and route change, saves, accepts, and finds the case. */
@ExtendWith(ApplicationExtension.class)
class ReferralFormWalkTest {
    private static final String PASSPHRASE = "a long enough referral test passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        Path vaultDir = temp.resolve("vault");
        SessionManager setup = CliVault.sessionsFor(vaultDir);
        setup.createVault("Coordinator", "coordinator", Role.COORDINATOR, PASSPHRASE.toCharArray());
        setup.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(vaultDir, false, "coordinator", Duration.ofMinutes(30)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void referralWithChecklistScoresLiveSavesIsAcceptedAndAppearsInTheCaseList(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(PASSPHRASE);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(robot, "#navList");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitFor(robot, "#newButton");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(robot, "#referrerName");
        assertEquals(java.util.List.of(), Accessibility.unnamedControls(robot.lookup("#tabs").query().getParent()),
                "referral form controls without a name for screen readers");

        robot.interact(() -> ((ComboBox<Agency>) robot.lookup("#referrerAgency").query()).setValue(Agency.POLICE));
        robot.clickOn("#referrerName").write("PC Example Officer");
        robot.interact(() -> {
            ((ComboBox<org.maracdesk.ui.referrals.Tri>) robot.lookup("#ricAttached").query())
                    .setValue(org.maracdesk.ui.referrals.Tri.YES);
            robot.lookup("#signedOffOn").queryAs(DatePicker.class).setValue(LocalDate.of(2024, 1, 2));
        });
        robot.clickOn("#managerSignOff").write("A. Example, Sergeant");
        Shots.write(robot.lookup("#tabs").query().getScene().getRoot(), "referral-form-referrer");
        section(robot, 1);
        robot.clickOn("#victimGivenName").write("Tamsin");
        robot.clickOn("#victimFamilyName").write("Orrell");
        robot.interact(() -> robot.lookup("#victimDob").queryAs(DatePicker.class).setValue(LocalDate.of(1990, 2, 3)));
        section(robot, 2);
        robot.clickOn("#perp0GivenName").write("Dale");
        robot.clickOn("#perp0FamilyName").write("Orrell");

        section(robot, 5);
        for (int i = 1; i <= 13; i++) {
            answerYes(robot, "q" + i);
        }
        assertTrue(text(robot, "#resultScore").contains("13 of 24"), text(robot, "#resultScore"));
        assertTrue(text(robot, "#route-VISIBLE_HIGH_RISK").contains("not met"));
        assertTrue(text(robot, "#resultNotAsked").contains("(11)"), "the eleven items left are listed as not asked");
        answerYes(robot, "q14");
        assertTrue(text(robot, "#resultScore").contains("14 of 24"));
        assertTrue(text(robot, "#route-VISIBLE_HIGH_RISK").contains("— met"), text(robot, "#route-VISIBLE_HIGH_RISK"));
        assertEquals("High", text(robot, "#resultBand"));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#statusLabel").startsWith("Draft saved"), "the draft is saved");

        section(robot, 10);
        robot.clickOn("#decision-ACCEPTED");
        robot.clickOn("#decisionReason").write("Visible high risk: 14 on the checklist.");
        robot.clickOn("#recordDecision");
        waitUntil(() -> !robot.lookup("#noticeLabel").queryAll().isEmpty()
                && text(robot, "#noticeLabel").startsWith("Accepted: new case"), "the decision is recorded");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(robot, "#filterField");
        robot.clickOn("#filterField").write("Orrell");
        TableView<?> table = robot.lookup("#table").query();
        waitUntil(() -> table.getItems().size() == 1, "the accepted referral's case is in the case list");
    }

    /** Items further down the list are off screen; the radio button is fired as a click would. */
    private static void answerYes(FxRobot robot, String item) {
        robot.interact(() -> robot.lookup("#" + item + "-yes").queryAs(javafx.scene.control.RadioButton.class).fire());
    }

    private static void section(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
