package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.CaseOutcome;
import org.maracdesk.casework.CaseSummary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The coordinator opens a case from the keyboard, shows the safe address on request, closes the case and reopens it. */
@ExtendWith(ApplicationExtension.class)
class CaseScreenTest {
    private static final String PASS = "case screen test passphrase";
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

    @Test
    void aCaseIsClosedWithItsOutcomeAndOpenedAgain(FxRobot robot) throws Exception {
        DemoDesk.signIn(robot, PASS);
        TableView<CaseSummary> cases = waitFor(robot, "#table");
        waitUntil(() -> !cases.getItems().isEmpty());
        robot.interact(() -> {
            cases.requestFocus();
            cases.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Button back = waitFor(robot, "#backButton");
        waitUntil(() -> ((Label) robot.lookup("#statusValue").query()).getText().equals("Open"));
        waitUntil(back::isFocused, "the keyboard starts on Back, not on the window's Lock button");
        assertEquals(List.of(), Accessibility.problems(back.getScene().getRoot()),
                "case screen controls without a name for screen readers");

        Label safe = robot.lookup("#safeContactValue").query();
        waitUntil(() -> safe.getText().startsWith("Hidden"), "the safe address starts hidden");
        robot.clickOn("#safeContactShow");
        waitUntil(() -> !safe.getText().startsWith("Hidden"), "shown on request");
        robot.clickOn("#safeContactHide");
        waitUntil(() -> safe.getText().startsWith("Hidden"));

        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        ChoiceBox<CaseOutcome> outcome = waitFor(robot, ".dialog-pane .choice-box");
        robot.interact(() -> outcome.setValue(CaseOutcome.RISK_REDUCED));
        TextArea reason = robot.lookup(".dialog-pane .text-area").query();
        robot.clickOn(reason).write("Agreed at the review: moved away, risk reduced.");
        robot.clickOn("Close case");
        Label status = robot.lookup("#statusValue").query();
        waitUntil(() -> status.getText().startsWith("Closed on"), "the status line says when and why");
        assertTrue(status.getText().contains("Risk reduced"), status.getText());
        Node reopen = waitFor(robot, "#reopenCaseButton");
        waitUntil(reopen::isVisible);

        robot.clickOn(reopen);
        robot.clickOn(".dialog-pane .text-field").write("A new incident was reported.");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> status.getText().equals("Open"), "opened again");
    }

    @Test
    void theCoordinatorCorrectsTheVictimsDateOfBirthFromTheKeyboardAndTheCaseShowsIt(FxRobot robot) throws Exception {
        waitFor(robot, "#unlockButton");
        waitUntil(() -> !robot.lookup("#unlockButton").query().isDisabled());
        robot.clickOn("#passphraseField").write(PASS);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        TableView<CaseSummary> cases = waitFor(robot, "#table");
        waitUntil(() -> !cases.getItems().isEmpty());
        robot.interact(() -> {
            cases.requestFocus();
            cases.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Button back = waitFor(robot, "#backButton");
        waitUntil(back::isFocused);
        Label victim = robot.lookup("#victimValue").query();
        waitUntil(() -> !victim.getText().isEmpty());
        assertEquals(List.of(), Accessibility.unnamedControls(back.getScene().getRoot()),
                "case screen controls (with the correction buttons) without a name for screen readers");

        robot.press(KeyCode.ALT, KeyCode.E).release(KeyCode.E, KeyCode.ALT);
        Node given = waitFor(robot, "#personGiven");
        waitUntil(given::isFocused);
        javafx.stage.Window main = robot.targetWindow();
        robot.targetWindow(given.getScene().getWindow());
        assertEquals(List.of(), Accessibility.unnamedControls(given.getScene().getRoot()),
                "correction dialog controls without a name for screen readers");
        robot.press(KeyCode.ALT, KeyCode.D).release(KeyCode.D, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("02/02/1991");
        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        robot.write("Date of birth mistyped on the referral");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.targetWindow(main);

        waitUntil(() -> victim.getText().contains("2 Feb 1991"), "the case shows the corrected date of birth");
        VBox changes = robot.lookup("#changesBox").query();
        waitUntil(() -> changes.getChildren().stream().anyMatch(n -> n instanceof Label l
                && l.getText().contains("Date of birth") && l.getText().contains("1991-02-02")
                && l.getText().contains("Date of birth mistyped on the referral")),
                "the case's Corrections list shows the old and new date and the reason");
    }
}
