package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.focused;
import static org.maracdesk.ui.FxSteps.focusedId;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingSlot;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.AgendaService;
import org.maracdesk.casework.meetings.MeetingHeader;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditLog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** A coordinator schedules a meeting from the Set-up tab with the keyboard; a bad slot is refused first. */
@ExtendWith(ApplicationExtension.class)
class MeetingSetupFromKeyboardTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate DATE = TODAY.plusDays(21);
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
    void coordinatorSchedulesAMeetingWithATimeSlotAndItIsStoredAndChosen(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor(robot, "#agendaTable");
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitUntil(() -> "setupDateField".equals(focusedId(robot)));

        robot.write(DATE.toString());
        key(robot, KeyCode.TAB);
        robot.write("Northbridge");
        key(robot, KeyCode.TAB);
        robot.write("Civic Centre, Room 2");
        key(robot, KeyCode.TAB); // virtual: left unticked
        key(robot, KeyCode.TAB);
        robot.write("Chair Example");
        key(robot, KeyCode.TAB);
        assertEquals("setupCutOffField", focusedId(robot));
        java.time.LocalDate cutOff = DATE;
        for (int workingDays = 0; workingDays < 5; ) { // This MARAC's default: 5 working days before (decision 0059)
            cutOff = cutOff.minusDays(1);
            if (cutOff.getDayOfWeek().getValue() <= 5) {
                workingDays++;
            }
        }
        assertEquals(cutOff.toString(), robot.lookup("#setupCutOffField")
                .queryAs(javafx.scene.control.TextField.class).getText(),
                "the cut-off defaults to 5 working days before");
        key(robot, KeyCode.TAB);
        robot.write("Northbridge");
        key(robot, KeyCode.TAB);
        robot.write("11:00");
        key(robot, KeyCode.TAB);
        robot.write("10:00");
        key(robot, KeyCode.TAB); // remove slot
        key(robot, KeyCode.TAB); // add a time slot
        key(robot, KeyCode.TAB);
        assertEquals("setupScheduleButton", focusedId(robot));
        key(robot, KeyCode.SPACE);

        Label errors = robot.lookup("#setupErrors").queryAs(Label.class);
        assertTrue(errors.getText().contains("end time must be after the start time"), errors.getText());
        assertTrue(stored().isEmpty(), "nothing is saved while the form has a problem");
        assertTrue(focused(robot).getStyleClass().contains("field-error"), "the focus goes to what is wrong");

        // The focus is on the slot's end time: make it a real slot, then schedule.
        robot.eraseText(5);
        robot.write("12:30");
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.SPACE);
        waitUntil(() -> !stored().isEmpty());

        Meeting m = stored().get(0);
        assertEquals("Northbridge", m.getDistrict());
        assertEquals(cutOff, m.getCutOff());
        assertEquals("Chair Example", m.getChairName());
        assertFalse(m.isVirtual());
        List<MeetingSlot> slots = slots(m.getId());
        assertEquals(1, slots.size());
        assertEquals(LocalTime.of(11, 0), slots.get(0).getStartsAt());
        assertEquals(LocalTime.of(12, 30), slots.get(0).getEndsAt());
        @SuppressWarnings("unchecked")
        ComboBox<MeetingHeader> chooser = robot.lookup("#meetingBox").queryAs(ComboBox.class);
        waitUntil(() -> chooser.getValue() != null && chooser.getValue().id() == m.getId());
        assertEquals("", robot.lookup("#setupDateField").queryAs(javafx.scene.control.TextField.class).getText(),
                "the form is emptied so the meeting is not scheduled twice");
        assertEquals("setupDateField", focusedId(robot));
        assertTrue(new AgendaService(root.sessions(), root.sessions(), new AuditLog(Clock.systemUTC()),
                Clock.systemDefaultZone()).meetings(TODAY).stream().anyMatch(h -> h.id() == m.getId()));
    }

    private List<Meeting> stored() {
        return root.sessions().store().read(s -> s.createSelectionQuery("from Meeting m where m.meetingDate = :d",
                Meeting.class).setParameter("d", DATE).getResultList());
    }

    private List<MeetingSlot> slots(long meeting) {
        return root.sessions().store().read(s -> s.createSelectionQuery("from MeetingSlot t where t.meeting.id = :m",
                MeetingSlot.class).setParameter("m", meeting).getResultList());
    }
}
