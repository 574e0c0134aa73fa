package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.Role;
import org.maracdesk.ui.Accessibility;
import org.maracdesk.ui.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 (decision 0061): on a repeat listing the school's research screen offers only the review section; from
 * the keyboard the school answers on roll (Alt+R) and what changed (Alt+L), and both are stored as typed.
 */
@ExtendWith(ApplicationExtension.class)
class SchoolReviewFromKeyboardTest {
    private static final LocalDate TODAY = LocalDate.now();
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = temp.resolve("vault");
        MeetingVault vault = new MeetingVault(dir);
        vault.sessions().addAccount("school", "School DSL", Role.AGENCY_REPRESENTATIVE, "education");
        long meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        long listing = vault.list(meeting, vault.acceptedCase(TODAY.minusDays(30), 1), 1);
        vault.store().doInTransaction(s -> s.createNativeMutationQuery("update listing set repeat_listing = true"
                + " where id = :l").setParameter("l", listing).executeUpdate());
        vault.agenda().circulate(meeting);
        vault.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(dir, false, "school", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void theSchoolAnswersTheReviewFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        ComboBox<?> onRoll = waitFor(robot, "#reviewOnRollBox");
        TextArea changes = waitFor(robot, "#reviewChangesArea");
        waitUntil(() -> onRoll.isVisible() && !onRoll.isDisabled(), "the review section is shown");
        Node facts = robot.lookup("#factsArea").query();
        assertFalse(facts.isVisible() && facts.getParent().isVisible(), "the full form is not");

        key(robot, KeyCode.ALT, KeyCode.R);
        waitUntil(onRoll::isFocused, "Alt+R reaches on roll");
        key(robot, KeyCode.DOWN); // the first choice: yes, on roll
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.ALT, KeyCode.L);
        waitUntil(changes::isFocused, "Alt+L reaches what has changed");
        robot.write("Moved to a new class; attendance is good");
        waitUntil(() -> "YES".equals(stored("review_on_roll"))
                && "Moved to a new class; attendance is good".equals(stored("review_changes")), "saved as typed");
        Shots.write(changes, "school-review.png");
        assertEquals(List.of(), Accessibility.problems(changes.getScene().getRoot()), "research screen, review");
    }

    private String stored(String column) {
        return root.sessions().store().read(s -> s.createNativeQuery("select " + column + " from research_request"
                + " where agency_code = 'education'", String.class).getSingleResult());
    }
}
