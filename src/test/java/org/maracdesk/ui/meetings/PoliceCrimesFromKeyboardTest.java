package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.CrimeAgainst;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.CrimeEntry;
import org.maracdesk.casework.meetings.CrimeLine;
import org.maracdesk.casework.meetings.CrimeService;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditLog;
import org.maracdesk.ui.Accessibility;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A police officer signs in, goes to Meetings → Crimes to record with Ctrl+Shift+C, and records the reference of a
 * crime disclosed at MARAC from the keyboard (decision 0041); every control of the screen has a name.
 */
@ExtendWith(ApplicationExtension.class)
class PoliceCrimesFromKeyboardTest {
    private static final LocalDate TODAY = LocalDate.now();
    @TempDir
    Path temp;
    private CompositionRoot root;
    private long crime;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = temp.resolve("vault");
        MeetingVault vault = new MeetingVault(dir);
        long meeting = vault.meeting(TODAY.minusDays(1), TODAY.minusDays(8), MeetingStatus.SCHEDULED);
        long listing = vault.list(meeting, vault.acceptedCase(TODAY.minusDays(20), 0), 1);
        crime = new CrimeService(vault.sessions(), vault.sessions(), new AuditLog(Clock.systemUTC()), Clock.systemUTC())
                .add(listing, new CrimeEntry("Criminal damage to the front door", TODAY.minusDays(5), null,
                        CrimeAgainst.VICTIM, null, null, "idva"));
        vault.record().addAction(listing, "police", "DC Example", ActionTarget.VICTIM, "Record the crimes disclosed",
                TODAY.plusDays(7));
        vault.record().close(meeting);
        vault.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(dir, false, "police", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void policeRecordTheirReferenceFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor(robot, "#policeCrimesTab");
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        TableView<?> table = waitFor(robot, "#policeCrimesTable");
        waitUntil(() -> table.getItems().size() == 1, "the meeting's crime is listed");
        assertEquals(List.of(), Accessibility.problems(table.getParent()), "every control has a name");
        key(robot, KeyCode.ALT, KeyCode.R);
        TextField reference = robot.lookup("#policeReferenceField").queryAs(TextField.class);
        waitUntil(reference::isFocused, "Alt+R goes to the police reference");
        robot.write("44/123456/26");
        key(robot, KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1
                && "44/123456/26".equals(((CrimeLine) table.getItems().get(0)).policeReference()),
                "the reference is recorded and shown");
        assertEquals("44/123456/26", root.sessions().store().read(s -> s.get(
                org.maracdesk.casework.CrimeDisclosed.class, crime).getPoliceReference()));
    }
}
