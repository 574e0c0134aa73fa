package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.CaseTransfer.Direction;
import org.maracdesk.casework.transfers.CaseTransferService.Line;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The coordinator records a transfer out on the case screen with the keyboard alone (Space on the direction, then
 * Tab from field to field), with the papers sent and the handover; the case shows both steps done, and every
 * control has a name for screen readers (issue 16, decision 0068).
 */
@ExtendWith(ApplicationExtension.class)
class TransfersScreenTest {
    private static final String PASS = "transfers screen test passphrase";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
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
    void aTransferOutIsRecordedFromTheKeyboardWithItsSteps(FxRobot robot) throws Exception {
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
        VBox section = waitFor(robot, "#transfers");
        VBox form = robot.lookup("#transferForm").query();
        waitUntil(form::isVisible, "the coordinator is offered the form");
        waitUntil(() -> labels(section).contains("No transfer recorded."));

        RadioButton out = robot.lookup("#transferOut").query();
        robot.interact(out::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(out::isSelected, "Space chooses the direction");
        TextField area = robot.lookup("#transferArea").query();
        tab(robot);
        waitUntil(area::isFocused, "Tab reaches the area");
        robot.write("Northshire");
        LocalDate moved = LocalDate.now().minusDays(9);
        LocalDate sent = LocalDate.now().minusDays(2);
        LocalDate handover = LocalDate.now().minusDays(1);
        tab(robot);
        robot.write(moved.format(DAY));
        tab(robot);
        robot.write(sent.format(DAY));
        tab(robot); // the lawful basis: the MARAC's default stays chosen
        tab(robot); // consent: left as not recorded
        tab(robot); // the reason, not needed then
        tab(robot);
        robot.write(handover.format(DAY));
        tab(robot);
        robot.write("Northshire Idva Service");
        tab(robot);
        robot.write("Victim agreed to the handover call");
        tab(robot);
        Button save = robot.lookup("#transferSave").query();
        waitUntil(save::isFocused, "Tab reaches Record the transfer");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);

        waitUntil(() -> !root.services().transfers().list(caseId).isEmpty(), "the transfer reaches the store");
        Line saved = root.services().transfers().list(caseId).get(0);
        assertEquals(Direction.OUT, saved.direction());
        assertEquals("Northshire", saved.otherArea());
        assertEquals(moved, saved.movedOn());
        assertEquals(sent, saved.papersOn());
        assertEquals("PUBLIC-TASK", saved.basis(), "papers sent out carry the MARAC's default basis");
        assertEquals(handover, saved.handoverOn());
        assertEquals("Northshire Idva Service", saved.handoverService());
        assertTrue(saved.complete());
        waitUntil(() -> labels(section).contains("Minutes and action plans sent on " + sent.format(DAY) + "."),
                "the step is shown done");
        assertTrue(labels(section).contains("Idva handover on " + handover.format(DAY) + " with Northshire Idva"
                + " Service."), labels(section).toString());
        assertEquals(List.of(), Accessibility.unnamedControls(back.getScene().getRoot()),
                "case screen controls (with the transfer form) without a name");
        robot.interact(() -> {
            javafx.scene.Node n = section;
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof javafx.scene.control.ScrollPane pane) {
                pane.setVvalue(pane.getVmax() * 0.93);
            }
        });
        Shots.write(section, "case-transfers");
    }

    private static void tab(FxRobot robot) {
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
    }

    private static List<String> labels(VBox section) {
        return section.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }
}
