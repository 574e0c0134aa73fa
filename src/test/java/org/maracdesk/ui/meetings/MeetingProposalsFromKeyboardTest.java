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
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.actions.ActionTypeService;
import org.maracdesk.casework.meetings.ActionLine;
import org.maracdesk.casework.meetings.MeetingRecord;
import org.maracdesk.casework.meetings.MeetingRecordService;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.casework.meetings.ProposalDraft;
import org.maracdesk.casework.meetings.ProposalService;
import org.maracdesk.security.AuditLog;
import org.maracdesk.ui.Accessibility;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The meeting's side of pre-meeting action planning (issue 16): the agenda says how many actions each agency
 * proposed; in the meeting view the coordinator agrees one as proposed, changes and agrees another, and does
 * not agree a third, with a reason, from the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingProposalsFromKeyboardTest {
    private static final LocalDate TODAY = LocalDate.now();
    @TempDir
    Path temp;
    private CompositionRoot root;
    private long meeting;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = temp.resolve("vault");
        MeetingVault vault = new MeetingVault(dir);
        long earlier = vault.meeting(TODAY.minusDays(14), TODAY.minusDays(21), MeetingStatus.CLOSED);
        meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        long first = vault.acceptedCase(TODAY.minusDays(30), 0);
        vault.action(earlier, first, "Fit a door alarm");
        vault.list(meeting, first, 1);
        vault.agenda().circulate(meeting);
        vault.as("police");
        long request = vault.research().myRequests().get(0).id();
        AuditLog audit = new AuditLog(Clock.systemUTC());
        ProposalService proposals = new ProposalService(vault.sessions(), vault.sessions(), audit,
                Clock.systemDefaultZone(), new ActionTypeService(vault.sessions(), vault.sessions(), audit));
        proposals.propose(request, new ProposalDraft("FLAG_AND_TAG", "PC Example", ActionTarget.VICTIM,
                "Flag the address for an urgent response", null));
        proposals.propose(request, new ProposalDraft(null, "PC Example", ActionTarget.PERPETRATOR,
                "Visit the perpetrator", null));
        proposals.propose(request, new ProposalDraft(null, null, ActionTarget.OTHER, "Speak to the neighbours", null));
        vault.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(dir, false, "coordinator", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void theCoordinatorAgreesChangesAndDeclinesProposalsFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        TableView<?> agenda = waitFor(robot, "#agendaTable");
        waitUntil(() -> agenda.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".table-cell").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control
                .TableCell<?, ?> c && c.getText() != null && c.getText().contains("3 proposed actions (Police 3)")),
                "the agenda counts the proposals by agency");

        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        waitUntil(() -> focusedHasClass(robot, "first-field"));
        nextPart(robot); // outstanding actions
        nextPart(robot); // the case
        // Alt+J: the first proposal's Agree; Space agrees it as proposed.
        key(robot, KeyCode.ALT, KeyCode.J);
        waitUntil(() -> focusedHasClass(robot, "agree-proposal"), "Alt+J goes to the first proposal");
        assertEquals(List.of(), Accessibility.problems(robot.targetWindow().getScene().getRoot()),
                "meeting view: a case with proposals");
        key(robot, KeyCode.SPACE);
        waitUntil(() -> record().cases().get(0).actions().size() == 1, "the first is agreed");

        // The next proposal: Tab to Change…, change the owner, agree it as changed.
        key(robot, KeyCode.ALT, KeyCode.J);
        waitUntil(() -> focusedHasClass(robot, "agree-proposal"));
        key(robot, KeyCode.TAB);
        waitUntil(() -> focusedHasClass(robot, "change-proposal"));
        key(robot, KeyCode.SPACE);
        waitFor(robot, "#proposalOwner");
        javafx.stage.Window main = robot.targetWindow();
        robot.targetWindow(robot.lookup("#proposalOwner").query().getScene().getWindow());
        key(robot, KeyCode.ALT, KeyCode.E);
        key(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("DS Example");
        key(robot, KeyCode.ENTER);
        robot.targetWindow(main);
        waitUntil(() -> record().cases().get(0).actions().size() == 2, "the second is agreed as changed");

        // The last: Don't agree…, with the reason.
        key(robot, KeyCode.ALT, KeyCode.J);
        waitUntil(() -> focusedHasClass(robot, "agree-proposal"));
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.TAB);
        waitUntil(() -> focusedHasClass(robot, "decline-proposal"));
        key(robot, KeyCode.SPACE);
        waitFor(robot, "#declineReason");
        robot.targetWindow(robot.lookup("#declineReason").query().getScene().getWindow());
        robot.write("The neighbours are friends of the perpetrator");
        key(robot, KeyCode.ENTER);
        robot.targetWindow(main);
        waitUntil(() -> record().cases().get(0).proposals().stream().allMatch(p -> p.agreedActionId() != null),
                "nothing is left to decide");

        List<ActionLine> actions = record().cases().get(0).actions().stream()
                .sorted(java.util.Comparator.comparingLong(ActionLine::id)).toList();
        assertEquals(2, actions.size(), "the one not agreed made no action");
        assertEquals("FLAG_AND_TAG", actions.get(0).typeCode());
        assertEquals("Flag the address for an urgent response", actions.get(0).description());
        assertEquals("DS Example", actions.get(1).owner());
        assertEquals("police", actions.get(1).agencyCode());
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

    private MeetingRecord record() {
        return new MeetingRecordService(root.sessions(), root.sessions(), new AuditLog(Clock.systemUTC()),
                Clock.systemDefaultZone()).view(meeting);
    }
}
