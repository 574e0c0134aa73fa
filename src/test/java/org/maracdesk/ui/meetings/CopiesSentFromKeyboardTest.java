package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.MeetingHeader;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.ExportRecord;
import org.maracdesk.ui.Accessibility;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The coordinator opens "Copies sent" of a closed meeting with Alt+S and reads the export register in a table the
 * keyboard walks (decision 0041); Return closes it.
 */
@ExtendWith(ApplicationExtension.class)
class CopiesSentFromKeyboardTest {
    private static final LocalDate TODAY = LocalDate.now();
    @TempDir
    Path temp;
    private CompositionRoot root;
    private long meeting;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = temp.resolve("vault");
        MeetingVault vault = new MeetingVault(dir);
        meeting = vault.meeting(TODAY.minusDays(1), TODAY.minusDays(8), MeetingStatus.SCHEDULED);
        vault.list(meeting, vault.acceptedCase(TODAY.minusDays(20), 0), 1);
        vault.record().signIn(meeting, AttendanceKind.ATTENDEE, "police", "PC Test Officer", false);
        vault.record().close(meeting);
        vault.store().doInTransaction(s -> {
            // as ExportService records a copy it wrote
            ExportRecord r = new ExportRecord(Instant.now(), "coordinator", "minutes", "meeting " + meeting, "police",
                    "pdf", true, "0".repeat(64));
            r.minutesCopy(meeting, 1, "ab".repeat(32));
            r.disclosure("PUBLIC-TASK", "UK GDPR Art 6(1)(e) public task", "NOT_SOUGHT", "Asking would alert him");
            s.persist(r);
        });
        vault.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(dir, false, "coordinator", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void theRegisterOfTheChosenMeetingOpensWithAltS(FxRobot robot) {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor(robot, "#copiesSentButton");
        @SuppressWarnings("unchecked")
        ComboBox<MeetingHeader> chooser = robot.lookup("#meetingBox").queryAs(ComboBox.class);
        waitUntil(() -> chooser.getValue() != null && chooser.getValue().id() == meeting, "the closed meeting is shown");
        key(robot, KeyCode.ALT, KeyCode.S);
        TableView<?> table = waitFor(robot, "#copiesSentTable");
        waitUntil(table::isFocused, "the table has the focus");
        assertEquals(1, table.getItems().size());
        CopiesSentViewModel.Row row = (CopiesSentViewModel.Row) table.getItems().get(0);
        assertEquals("Version 1", row.version());
        assertTrue(row.form().contains("encrypted"), row.form());
        assertEquals("abababababababab", row.fingerprint());
        assertEquals("PUBLIC-TASK \u2014 UK GDPR Art 6(1)(e) public task", row.basis());
        assertEquals("not sought: Asking would alert him", row.consent());
        assertEquals(List.of(), Accessibility.unnamedControls(table.getScene().getRoot()), "every control is named");
        javafx.stage.Window dialog = table.getScene().getWindow();
        robot.targetWindow(dialog);
        key(robot, KeyCode.ENTER);
        waitUntil(() -> !dialog.isShowing(), "Return closes it");
    }
}
