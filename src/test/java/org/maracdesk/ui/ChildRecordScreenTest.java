package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.ChildPlanStatus;
import org.maracdesk.casework.children.ChildLine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The coordinator records a child's school, plan and Operation Encompass notification from the keyboard (issue 16). */
@ExtendWith(ApplicationExtension.class)
class ChildRecordScreenTest {
    private static final String PASS = "child record screen test passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        root = DemoDesk.start(stage, temp.resolve("vault"), PASS, 11, 12);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void theCoordinatorEditsAChildsRecordFromTheKeyboard(FxRobot robot) throws Exception {
        DemoDesk.signIn(robot, PASS);
        TableView<CaseSummary> cases = waitFor(robot, "#table");
        waitUntil(() -> !cases.getItems().isEmpty());
        long withChildren = root.services().sessions().store().read(s -> ((Number) s.createNativeQuery(
                "select min(case_id) from case_child", Object.class).getSingleResult()).longValue());
        robot.interact(() -> {
            cases.requestFocus();
            cases.getSelectionModel().select(cases.getItems().stream().filter(c -> c.id() == withChildren)
                    .findFirst().orElseThrow());
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Button back = waitFor(robot, "#backButton");
        waitUntil(back::isFocused);
        VBox records = waitFor(robot, "#childRecords");
        waitUntil(() -> !records.getChildren().isEmpty(), "the children's records are shown");
        assertEquals(List.of(), Accessibility.unnamedControls(back.getScene().getRoot()),
                "case screen controls (with the children's Edit buttons) without a name for screen readers");
        Button edit = robot.lookup("#childRecords .button").query();
        assertTrue(edit.getAccessibleText().startsWith("Edit the record of "), edit.getAccessibleText());
        robot.interact(edit::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);

        Node school = waitFor(robot, "#childSchool");
        waitUntil(school::isFocused, "the dialog starts on the school");
        javafx.stage.Window main = robot.targetWindow();
        robot.targetWindow(school.getScene().getWindow());
        assertEquals(List.of(), Accessibility.unnamedControls(school.getScene().getRoot()),
                "child record dialog controls without a name for screen readers");
        robot.write("Hillside Primary");
        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        waitUntil(() -> robot.lookup("#childPlan").query().isFocused());
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.UP).release(KeyCode.UP);
        }
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.press(KeyCode.ALT, KeyCode.O).release(KeyCode.O, KeyCode.ALT);
        robot.write("20/11/2026");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Label problem = robot.lookup("#childProblem").query();
        waitUntil(() -> problem.getText().contains("who told the school"), "a date without who told the school is said");
        robot.press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        robot.write("PC Testofficer");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.targetWindow(main);

        waitUntil(() -> records.getChildren().stream().anyMatch(n -> n.lookupAll(".label").stream()
                .anyMatch(l -> ((Label) l).getText().contains("School: Hillside Primary")
                        && ((Label) l).getText().contains("Plan: Child protection")
                        && ((Label) l).getText().contains("school told 20 Nov 2026 by PC Testofficer"))),
                "the case screen shows the child's record as saved");
        ChildLine saved = root.services().childRecords().children(withChildren).stream()
                .filter(c -> "Hillside Primary".equals(c.school())).findFirst().orElseThrow();
        assertEquals(ChildPlanStatus.CHILD_PROTECTION, saved.plan());
        assertEquals(java.time.LocalDate.of(2026, 11, 20), saved.encompassNotifiedOn());
    }
}
