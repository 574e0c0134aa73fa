package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.focusedId;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.ui.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 (decision 0061): the coordinator puts the Idva first in the speaking order on the Agencies tab of the
 * meetings' set-up, from the keyboard (Alt+Up on the list, then Save speaking order); the order is stored, in the
 * change history and the audit trail, and every control on the tab has a name.
 */
@ExtendWith(ApplicationExtension.class)
class SpeakingOrderFromKeyboardTest {
    private static final LocalDate TODAY = LocalDate.now();
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = temp.resolve("vault");
        MeetingVault vault = new MeetingVault(dir);
        vault.meeting(TODAY.plusDays(7), TODAY, MeetingStatus.SCHEDULED);
        vault.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(dir, false, "coordinator", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void coordinatorPutsTheIdvaFirstFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor(robot, "#agendaTable");
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitUntil(() -> "setupDateField".equals(focusedId(robot)));
        for (int i = 0; i < 4 && !(robot.targetWindow().getScene().getFocusOwner() instanceof javafx.scene.control
                .TabPane); i++) {
            key(robot, KeyCode.SHIFT, KeyCode.TAB); // back to the set-up's tabs
            WaitForAsyncUtils.waitForFxEvents();
        }
        key(robot, KeyCode.RIGHT); // the Agencies tab
        ListView<String> list = waitFor(robot, "#speakingOrderList");
        waitUntil(() -> list.getItems().equals(List.of("referrer", "police", "idva")), "the order V55 starts with");
        for (int i = 0; i < 30 && !"speakingOrderList".equals(focusedId(robot)); i++) {
            key(robot, KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals("speakingOrderList", focusedId(robot), "Tab reaches the speaking order");
        key(robot, KeyCode.END); // the Idva, third
        key(robot, KeyCode.ALT, KeyCode.UP);
        key(robot, KeyCode.ALT, KeyCode.UP);
        assertEquals(List.of("idva", "referrer", "police"), list.getItems());
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "the chosen entry moved with the keys");
        Label status = robot.lookup("#speakingOrderStatus").queryAs(Label.class);
        assertEquals("Idva service moved to place 1. Save the speaking order to keep it.", status.getText());
        Button save = robot.lookup("#saveSpeakingButton").queryAs(Button.class);
        for (int i = 0; i < 10 && !save.isFocused(); i++) {
            key(robot, KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(save.isFocused(), "Tab reaches Save speaking order");
        key(robot, KeyCode.SPACE);
        waitUntil(() -> stored().equals(List.of("idva", "referrer", "police")), "the order stored");
        waitUntil(() -> status.getText().startsWith("Speaking order saved."));
        assertEquals(1L, (long) root.sessions().store().read(s -> s.createSelectionQuery("select count(c) from"
                + " RecordChange c where c.recordType = 'speaking_order'", Long.class).getSingleResult()));
        assertEquals(1L, (long) root.sessions().store().read(s -> s.createSelectionQuery("select count(e) from"
                + " AuditEntry e where e.entityType = 'speaking_order'", Long.class).getSingleResult()));
        robot.interact(() -> list.requestFocus());
        Shots.write(list, "speaking-order.png");
        javafx.scene.Parent top = robot.targetWindow().getScene().getRoot();
        assertEquals(List.of(), org.maracdesk.ui.Accessibility.problems(top), "set-up, agencies, speaking order");
    }

    private List<String> stored() {
        return root.sessions().store().read(s -> s.createNativeQuery("select entry_code from speaking_order order by"
                + " place", String.class).getResultList());
    }
}
