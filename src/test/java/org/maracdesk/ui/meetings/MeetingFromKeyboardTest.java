package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.ActionLine;
import org.maracdesk.casework.meetings.CaseField;
import org.maracdesk.casework.meetings.MeetingRecord;
import org.maracdesk.casework.meetings.MeetingRecordService;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditLog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** A coordinator runs a three-case meeting from the keyboard alone; the record is then in the vault. */
@ExtendWith(ApplicationExtension.class)
class MeetingFromKeyboardTest {
    private static final LocalDate TODAY = LocalDate.now();
    @TempDir
    Path temp;
    private CompositionRoot root;
    private long meeting;
    private long outstanding;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = temp.resolve("vault");
        MeetingVault vault = new MeetingVault(dir);
        long earlier = vault.meeting(TODAY.minusDays(14), TODAY.minusDays(21), MeetingStatus.CLOSED);
        meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        long first = vault.acceptedCase(TODAY.minusDays(30), 2);
        outstanding = vault.action(earlier, first, "Fit a door alarm");
        vault.list(meeting, first, 1);
        vault.list(meeting, vault.acceptedCase(TODAY.minusDays(20), 0), 2);
        vault.list(meeting, vault.acceptedCase(TODAY.minusDays(10), 0), 3);
        vault.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(dir, false, "coordinator", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void coordinatorRunsAThreeCaseMeetingFromTheKeyboardAndTheActionsAreStored(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        javafx.scene.Node agenda = waitFor(robot, "#agendaTable");
        assertEquals(java.util.List.of(), org.maracdesk.ui.Accessibility.problems(agenda.getScene().getRoot()),
                "meetings: agenda");
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        waitUntil(() -> focusedHasClass(robot, "first-field"));
        assertEquals(java.util.List.of(), org.maracdesk.ui.Accessibility.problems(agenda.getScene().getRoot()),
                "meeting view: sign-in");

        // 1. Sign-in: attendee, first agency (police), name, Enter.
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.TAB);
        robot.write("DS Example");
        key(robot, KeyCode.ENTER);
        waitUntil(() -> record().attendance().size() == 1);

        // 2. Outstanding actions: the one from the last meeting is done, on the date the agency gives.
        nextPart(robot);
        key(robot, KeyCode.TAB);
        robot.write(TODAY.minusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.ENTER);
        waitUntil(() -> status(outstanding) == ActionStatus.DONE);

        // 3. Case 1: a risk, an action, the safety plan.
        nextPart(robot);
        robot.write("Threats to kill");
        addAction(robot, "Fit a door alarm at the new address", null);
        waitUntil(() -> record().cases().get(0).actions().size() == 1);
        key(robot, KeyCode.ALT, KeyCode.P);
        robot.write("Sanctuary scheme; school alerted");

        // Case 2: an action with a due date.
        nextPart(robot);
        addAction(robot, "Visit to agree a safety plan", "15/01/2030");
        waitUntil(() -> record().cases().get(1).actions().size() == 1);

        // Case 3, then the last part: any other business, close.
        nextPart(robot);
        nextPart(robot);
        key(robot, KeyCode.ALT, KeyCode.A);
        robot.write("None");
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.ENTER);
        waitUntil(() -> record().meeting().closed());

        MeetingRecord r = record();
        ActionLine first = r.cases().get(0).actions().get(0);
        assertEquals("Fit a door alarm at the new address", first.description());
        assertEquals("police", first.agencyCode());
        ActionLine second = r.cases().get(1).actions().get(0);
        assertEquals(LocalDate.of(2030, 1, 15), second.dueDate());
        assertEquals("Threats to kill", r.cases().get(0).fields().get(CaseField.RISKS_TO_VICTIM));
        assertEquals("Sanctuary scheme; school alerted", r.cases().get(0).fields().get(CaseField.SAFETY_PLAN));
        assertEquals("None", r.anyOtherBusiness());
        assertTrue(service().minutes(meeting).orElseThrow().contains("Visit to agree a safety plan"));
        assertTrue(r.cases().get(2).actions().isEmpty());
    }

    @Test
    void coordinatorEditsAnAgreedActionInTheMeetingViewFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor(robot, "#agendaTable");
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        waitUntil(() -> focusedHasClass(robot, "first-field"));
        nextPart(robot);
        nextPart(robot);
        addAction(robot, "Fit a door alarm", null);
        waitUntil(() -> record().cases().get(0).actions().size() == 1);

        // From the new-action form, Shift+Tab twice reaches the agreed action's Edit button.
        key(robot, KeyCode.ALT, KeyCode.G);
        key(robot, KeyCode.SHIFT, KeyCode.TAB);
        key(robot, KeyCode.SHIFT, KeyCode.TAB);
        waitUntil(() -> robot.targetWindow().getScene().getFocusOwner() != null
                && robot.targetWindow().getScene().getFocusOwner().getStyleClass().contains("edit-action"));
        key(robot, KeyCode.SPACE);
        waitFor(robot, "#editActionDescription");
        waitUntil(() -> robot.lookup("#editActionDescription").query().isFocused());
        javafx.stage.Window main = robot.targetWindow();
        robot.targetWindow(robot.lookup("#editActionDescription").query().getScene().getWindow());
        key(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("Fit a door alarm and a letterbox cover");
        key(robot, KeyCode.TAB); // agency
        key(robot, KeyCode.TAB); // owner
        robot.write("DS Example");
        key(robot, KeyCode.TAB); // for
        key(robot, KeyCode.TAB); // which child: the case has two (issue 16)
        key(robot, KeyCode.TAB); // due date
        robot.write("15/01/2030");
        key(robot, KeyCode.TAB); // type: Other, the last of the list
        key(robot, KeyCode.UP); // the one before: a disclosure under the scheme, which records a date
        key(robot, KeyCode.TAB); // the date the type asks for, shown only now
        robot.write("02/12/2026");
        key(robot, KeyCode.TAB); // reason: optional while the meeting runs
        robot.write("Wording agreed with the police");
        key(robot, KeyCode.ENTER); // Save changes, the default button
        robot.targetWindow(main);

        waitUntil(() -> "Fit a door alarm and a letterbox cover".equals(
                record().cases().get(0).actions().get(0).description()));
        ActionLine edited = record().cases().get(0).actions().get(0);
        assertEquals("DS Example", edited.owner());
        assertEquals(LocalDate.of(2030, 1, 15), edited.dueDate());
        java.util.List<org.maracdesk.casework.ChangeHistory.Line> changes =
                new org.maracdesk.casework.actions.ActionCorrectionService(root.sessions(), root.sessions(),
                        new AuditLog(Clock.systemUTC()), Clock.systemDefaultZone()).changes(edited.id());
        assertEquals(List.of("description", "owner", "dueDate", "type", "typeDate"), changes.stream()
                .map(org.maracdesk.casework.ChangeHistory.Line::field).toList());
        assertEquals("Fit a door alarm", changes.get(0).oldValue());
        assertEquals("DVDS_DISCLOSURE", edited.typeCode());
        assertEquals(LocalDate.of(2026, 12, 2), edited.detailDate());
        assertEquals("Wording agreed with the police", changes.get(0).reason());
    }

    @Test
    void coordinatorRecordsACrimeDisclosedFromTheKeyboardAsAnEntry(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor(robot, "#agendaTable");
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        waitUntil(() -> focusedHasClass(robot, "first-field"));
        nextPart(robot);
        nextPart(robot);
        waitFor(robot, ".crime-list");

        // Nothing chosen yet: Return says what is missing and saves nothing.
        key(robot, KeyCode.ALT, KeyCode.C);
        robot.write("Criminal damage to the front door");
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".problem").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control.Label l
                && l.getText().startsWith("Against:")), "says whom to choose");
        key(robot, KeyCode.ALT, KeyCode.K);
        robot.write(TODAY.minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        key(robot, KeyCode.ALT, KeyCode.A);
        key(robot, KeyCode.DOWN); // the victim (whose name is then offered as the person)
        key(robot, KeyCode.ALT, KeyCode.B);
        key(robot, KeyCode.DOWN); // the first agency
        key(robot, KeyCode.ALT, KeyCode.C);
        key(robot, KeyCode.ENTER);
        org.maracdesk.casework.meetings.CrimeService crimes = new org.maracdesk.casework.meetings.CrimeService(
                root.sessions(), root.sessions(), new AuditLog(Clock.systemUTC()), Clock.systemDefaultZone());
        long listing = record().cases().get(0).listing().listingId();
        waitUntil(() -> crimes.forListing(listing).crimes().size() == 1);
        org.maracdesk.casework.meetings.CrimeLine k = crimes.forListing(listing).crimes().get(0);
        assertEquals("Criminal damage to the front door", k.description());
        assertEquals(TODAY.minusDays(3), k.occurredOn());
        assertEquals(org.maracdesk.casework.CrimeAgainst.VICTIM, k.against());
        assertEquals("police", k.disclosedBy());
        waitUntil(() -> robot.lookup(".crime-entry").queryAll().size() == 1);
        assertEquals(java.util.List.of(), org.maracdesk.ui.Accessibility.problems(
                robot.targetWindow().getScene().getRoot()), "meeting view: a case with a crime");
    }

    private void addAction(FxRobot robot, String description, String due) {
        key(robot, KeyCode.ALT, KeyCode.G);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.ALT, KeyCode.T);
        key(robot, KeyCode.DOWN);
        if (due != null) {
            key(robot, KeyCode.ALT, KeyCode.U);
            robot.write(due);
        }
        key(robot, KeyCode.ALT, KeyCode.D);
        robot.write(description);
        key(robot, KeyCode.ENTER);
    }

    private void nextPart(FxRobot robot) throws Exception {
        key(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> focusedHasClass(robot, "first-field"));
    }

    private static boolean focusedHasClass(FxRobot robot, String styleClass) {
        Node focused = robot.targetWindow().getScene().getFocusOwner();
        return focused != null && focused.getStyleClass().contains(styleClass);
    }

    private MeetingRecordService service() {
        return new MeetingRecordService(root.sessions(), root.sessions(), new AuditLog(Clock.systemUTC()),
                Clock.systemDefaultZone());
    }

    private MeetingRecord record() {
        return service().view(meeting);
    }

    private ActionStatus status(long actionId) {
        List<ActionLine> lines = record().outstanding();
        return lines.stream().filter(a -> a.id() == actionId).map(ActionLine::status).findFirst().orElse(null);
    }
}
