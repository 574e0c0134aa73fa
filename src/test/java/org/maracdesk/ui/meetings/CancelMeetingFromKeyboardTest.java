package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.AgendaItem;
import org.maracdesk.casework.meetings.MeetingHeader;
import org.maracdesk.casework.meetings.MeetingVault;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A coordinator cancels the next meeting from the keyboard, is told where its case went, and finds the case
 * listed on the next meeting of its district.
 */
@ExtendWith(ApplicationExtension.class)
class CancelMeetingFromKeyboardTest {
    private static final LocalDate TODAY = LocalDate.now();
    @TempDir
    Path temp;
    private CompositionRoot root;
    private long cancelled;
    private long next;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = temp.resolve("vault");
        MeetingVault vault = new MeetingVault(dir);
        cancelled = vault.meeting(TODAY.plusDays(7), TODAY, MeetingStatus.SCHEDULED);
        next = vault.meeting(TODAY.plusDays(21), TODAY.plusDays(14), MeetingStatus.SCHEDULED);
        vault.list(cancelled, vault.acceptedCase(TODAY.minusDays(2), 1), 1);
        vault.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(dir, false, "coordinator", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void cancelAMeetingAndFindItsCaseOnTheNextOne(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        TableView<?> agenda = waitFor(robot, "#agendaTable");
        @SuppressWarnings("unchecked")
        ComboBox<MeetingHeader> chooser = robot.lookup("#meetingBox").queryAs(ComboBox.class);
        waitUntil(() -> chooser.getValue() != null && chooser.getValue().id() == cancelled && agenda.getItems().size() == 1,
                "the next meeting and its case are shown");
        String reference = ((AgendaItem) agenda.getItems().get(0)).caseReference();

        key(robot, KeyCode.ALT, KeyCode.N); // Cancel meeting…
        TextField reason = waitFor(robot, ".reason-field");
        waitUntil(reason::isFocused, "the reason field has the focus");
        assertEquals(java.util.List.of(), org.maracdesk.ui.Accessibility.unnamedControls(reason.getScene().getRoot()),
                "every control of the dialog has an accessible name");
        javafx.stage.Window main = robot.targetWindow();
        robot.targetWindow(reason.getScene().getWindow()); // write() types into the target window's focus owner
        robot.write("Venue unavailable");
        key(robot, KeyCode.ENTER);

        ListView<?> where = waitFor(robot, ".where-list");
        waitUntil(where::isFocused, "the coordinator is told where each case went");
        assertEquals(1, where.getItems().size());
        assertTrue(where.getItems().get(0).toString().startsWith(reference + ": listed on the meeting of"),
                String.valueOf(where.getItems().get(0)));
        key(robot, KeyCode.ENTER);
        robot.targetWindow(main);

        assertEquals(MeetingStatus.CANCELLED, stored(cancelled).getStatus());
        waitUntil(() -> chooser.getValue() != null && chooser.getValue().cancelled() && agenda.getItems().isEmpty(),
                "the cancelled meeting is shown as cancelled, with no cases");
        key(robot, KeyCode.ALT, KeyCode.M); // the meeting chooser
        waitUntil(chooser::isFocused, "the meeting chooser has the focus (focus on "
                + chooser.getScene().getFocusOwner() + ", windows " + javafx.stage.Window.getWindows() + ")");
        key(robot, KeyCode.F4);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.ENTER);
        waitUntil(() -> chooser.getValue() != null && chooser.getValue().id() == next && agenda.getItems().size() == 1,
                "the next meeting shows the case");
        assertEquals(reference, ((AgendaItem) agenda.getItems().get(0)).caseReference());
    }

    private Meeting stored(long id) {
        return root.sessions().store().read(s -> s.get(Meeting.class, id));
    }
}
