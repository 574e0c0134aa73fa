package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.casework.meetings.WaitingToBeListed.Waiting;
import org.maracdesk.ui.Accessibility;
import org.maracdesk.ui.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: with no open meeting, accepted referrals wait; the Meetings area's Waiting tab lists them oldest first
 * and the one past the 28-day longest wait is marked in words, reachable from the keyboard (Ctrl+Tab).
 */
@ExtendWith(ApplicationExtension.class)
class WaitingListFromKeyboardTest {
    private static final LocalDate TODAY = LocalDate.now();
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = temp.resolve("vault");
        MeetingVault vault = new MeetingVault(dir);
        vault.acceptedCase(TODAY.minusDays(34), 0);
        vault.acceptedCase(TODAY.minusDays(6), 1);
        vault.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(dir, false, "coordinator", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void theLongWaitIsMarkedOnTheWaitingTab(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        TableView<Waiting> table = waitFor(robot, "#waitingTable");
        waitUntil(() -> table.getItems().size() == 2, "both referrals wait");
        TabPane tabs = (TabPane) robot.lookup(".tab-pane").query();
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        key(robot, KeyCode.CONTROL, KeyCode.TAB);
        waitUntil(() -> "waitingTab".equals(tabs.getSelectionModel().getSelectedItem().getId()),
                "Ctrl+Tab from the agenda reaches the Waiting tab");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Waiting (2, 1 over limit)", tabs.getSelectionModel().getSelectedItem().getText());
        assertEquals(34, table.getItems().get(0).days());
        assertTrue(table.getItems().get(0).overLimit());
        assertTrue(robot.lookup(".table-row-cell").queryAll().stream().anyMatch(r -> r.getAccessibleText() != null
                && r.getAccessibleText().endsWith("Waiting 34 days \u2014 over the 28-day limit")));
        Shots.write(table, "meetings-waiting.png");
        assertEquals(List.of(), Accessibility.problems(table.getScene().getRoot()), "Meetings, Waiting tab");
    }
}
