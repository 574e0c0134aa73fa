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
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.MaracAgency;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.AgencyView;
import org.maracdesk.casework.meetings.MeetingVault;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 (decision 0047): the coordinator marks an agency as a children's agency on the Agencies tab of the
 * meetings' set-up, from the keyboard; the mark is stored and audited and shows in the agency list.
 */
@ExtendWith(ApplicationExtension.class)
class ChildrensAgencyFromKeyboardTest {
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
    void coordinatorMarksHousingAsAChildrensAgencyFromTheKeyboard(FxRobot robot) throws Exception {
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
        ListView<AgencyView> list = waitFor(robot, "#setupAgencyList");
        for (int i = 0; i < 8 && !"setupAgencyList".equals(focusedId(robot)); i++) {
            key(robot, KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals("setupAgencyList", focusedId(robot), "Tab reaches the agency list");
        key(robot, KeyCode.HOME);
        for (int i = 0; i < 20 && !isHousing(list); i++) {
            key(robot, KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(isHousing(list), "housing chosen");
        org.maracdesk.ui.Shots.write(list.getScene().getRoot(), "setup-agencies");
        CheckBox box = robot.lookup("#forChildrenBox").queryAs(CheckBox.class);
        assertTrue(!box.isSelected(), "housing is not a children's agency at first");
        assertEquals("Children's agency: listed first on the agenda, research grid and meeting view for a case with"
                + " children", box.getAccessibleText());
        for (int i = 0; i < 6 && !box.isFocused(); i++) {
            key(robot, KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(box.isFocused(), "Tab reaches the children's agency box");
        key(robot, KeyCode.SPACE);
        for (int i = 0; i < 6 && !isSaveAgency(robot.targetWindow().getScene().getFocusOwner()); i++) {
            key(robot, KeyCode.TAB); // past the sharing agreement's date and signer to Save agency
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(isSaveAgency(robot.targetWindow().getScene().getFocusOwner()), "Tab reaches Save agency");
        key(robot, KeyCode.SPACE);
        waitUntil(() -> forChildren("housing"), "housing stored as a children's agency");
        waitUntil(() -> list.getItems().stream().anyMatch(a -> a.code().equals("housing") && a.forChildren()));
        waitUntil(() -> robot.lookup(".list-cell").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control
                .ListCell<?> c && c.getText() != null && c.getText().startsWith("Housing")
                && c.getText().contains("children's agency")), "the list says so");
        assertEquals(2L, (long) root.sessions().store().read(s -> s.createSelectionQuery("select count(e) from"
                + " AuditEntry e where e.entityType = 'marac_agency' and e.entityId = 'housing'", Long.class)
                .getSingleResult()), "Save agency audits the name and activity as before, and the mark in an entry of its own");
        javafx.scene.Parent top = robot.targetWindow().getScene().getRoot();
        assertEquals(List.of(), org.maracdesk.ui.Accessibility.problems(top), "set-up, agencies");
    }

    private static boolean isHousing(ListView<AgencyView> list) {
        AgencyView a = list.getSelectionModel().getSelectedItem();
        return a != null && a.code().equals("housing");
    }

    private boolean forChildren(String code) {
        return root.sessions().store().read(s -> s.get(MaracAgency.class, code).isForChildren());
    }

    private static boolean isSaveAgency(javafx.scene.Node n) {
        return n instanceof javafx.scene.control.Button b && "Save agency".equals(b.getText());
    }
}
