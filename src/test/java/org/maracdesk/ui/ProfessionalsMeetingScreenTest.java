package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.ProfessionalsMeetingService.Line;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The coordinator records a professionals' meeting on the case screen from the keyboard, then removes it as
 * recorded by mistake, with a reason; it stays on the case, marked removed (issue 16, decision 0049).
 */
@ExtendWith(ApplicationExtension.class)
class ProfessionalsMeetingScreenTest {
    private static final String PASS = "professionals meeting screen test passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        root = DemoDesk.start(stage, temp.resolve("vault"), PASS, 16, 8);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void aMeetingIsRecordedFromTheKeyboardAndRemovedWithAReason(FxRobot robot) throws Exception {
        DemoDesk.signIn(robot, PASS);
        TableView<CaseSummary> cases = waitFor(robot, "#table");
        waitUntil(() -> !cases.getItems().isEmpty());
        long caseId = cases.getItems().get(0).id();
        robot.interact(() -> {
            cases.requestFocus();
            cases.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Button back = waitFor(robot, "#backButton");
        waitUntil(back::isFocused);
        VBox section = waitFor(robot, "#professionalsMeetings");
        waitUntil(() -> !robot.lookup("#professionalsMeetings .check-box").queryAll().isEmpty(),
                "the agencies present can be ticked");

        DatePicker date = robot.lookup("#proMeetingDate").query();
        FxSteps.key(robot, KeyCode.ALT, KeyCode.I);
        waitUntil(() -> date.getEditor().isFocused(), "Alt+I reaches the meeting date");
        LocalDate held = LocalDate.now().minusDays(3);
        robot.write(held.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        FxSteps.key(robot, KeyCode.ALT, KeyCode.N);
        List<CheckBox> boxes = robot.lookup("#professionalsMeetings .check-box").queryAllAs(CheckBox.class)
                .stream().toList();
        waitUntil(() -> boxes.stream().anyMatch(Node::isFocused), "Alt+N reaches the agencies present");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        FxSteps.key(robot, KeyCode.ALT, KeyCode.U);
        TextArea outcome = robot.lookup("#proMeetingOutcome").query();
        waitUntil(outcome::isFocused, "Alt+U reaches the outcome");
        robot.write("Strategy meeting agreed a refuge referral");
        FxSteps.key(robot, KeyCode.ALT, KeyCode.A);
        TextArea actions = robot.lookup("#proMeetingActions").query();
        waitUntil(actions::isFocused, "Alt+A reaches the actions agreed");
        robot.write("Idva to refer to refuge");
        FxSteps.key(robot, KeyCode.ALT, KeyCode.H);

        waitUntil(() -> labels(section).stream().anyMatch(t -> t.contains("Strategy meeting agreed a refuge referral")),
                "the recorded meeting is listed");
        List<Line> saved = root.services().professionalsMeetings().list(caseId);
        assertEquals(1, saved.size());
        assertEquals(held, saved.get(0).date());
        assertEquals(2, saved.get(0).agencies().size(), "the two agencies ticked");
        assertEquals("Idva to refer to refuge", saved.get(0).actions());
        assertEquals(List.of(), Accessibility.unnamedControls(back.getScene().getRoot()),
                "case screen controls (with the meeting's Change and Remove buttons) without a name");

        Button remove = robot.lookup("#professionalsMeetings .remove-professionals-meeting").query();
        assertTrue(remove.getAccessibleText().startsWith("Remove the professionals' meeting of "),
                remove.getAccessibleText());
        robot.interact(remove::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        Node reason = waitFor(robot, "#proMeetingRemoveReason");
        waitUntil(reason::isFocused, "the removal dialog starts on the reason");
        javafx.stage.Window main = robot.targetWindow();
        robot.targetWindow(reason.getScene().getWindow());
        assertEquals(List.of(), Accessibility.unnamedControls(reason.getScene().getRoot()),
                "removal dialog controls without a name for screen readers");
        robot.write("Recorded on the wrong case");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.targetWindow(main);

        waitUntil(() -> root.services().professionalsMeetings().list(caseId).get(0).removed(),
                "the removal reaches the store");
        waitUntil(() -> labels(section).stream().anyMatch(t -> t.startsWith("Removed ")
                && t.endsWith(": Recorded on the wrong case")), "the meeting stays, marked removed with the reason");
        Line removed = root.services().professionalsMeetings().list(caseId).get(0);
        assertTrue(removed.removed());
        assertEquals("coordinator", removed.removedBy());
        assertEquals(ChangeHistory.REMOVED, root.services().professionalsMeetings().history(removed.id()).stream()
                .reduce((a, b) -> b).orElseThrow().field());
        assertTrue(robot.lookup("#professionalsMeetings .remove-professionals-meeting").queryAll().isEmpty(),
                "a removed meeting offers neither Change nor Remove");
    }

    private static List<String> labels(VBox section) {
        return section.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }
}
