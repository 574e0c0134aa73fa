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
import javafx.scene.Node;
import javafx.scene.control.ListView;
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
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.casework.meetings.ProposalService;
import org.maracdesk.casework.meetings.ProposalView;
import org.maracdesk.security.AuditLog;
import org.maracdesk.ui.Accessibility;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pre-meeting action planning from the keyboard (issue 16): police propose an action on their research screen
 * (type, for whom, owner, due date, description) and change it. {@link MeetingProposalsFromKeyboardTest} has the
 * meeting's side.
 */
@ExtendWith(ApplicationExtension.class)
class ResearchProposalsFromKeyboardTest {
    private static final LocalDate TODAY = LocalDate.now();
    @TempDir
    Path temp;
    private CompositionRoot root;
    private long meeting;
    private long request;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = temp.resolve("vault");
        MeetingVault vault = new MeetingVault(dir);
        meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        vault.list(meeting, vault.acceptedCase(TODAY.minusDays(30), 0), 1);
        vault.agenda().circulate(meeting);
        vault.as("police");
        request = vault.research().myRequests().get(0).id();
        vault.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(dir, false, "police", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    private void signIn(FxRobot robot) {
        robot.clickOn("#passphraseField").write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
    }

    private ProposalService proposals() {
        AuditLog audit = new AuditLog(Clock.systemUTC());
        return new ProposalService(root.sessions(), root.sessions(), audit, Clock.systemDefaultZone(),
                new ActionTypeService(root.sessions(), root.sessions(), audit));
    }

    @Test
    void policeProposeAndChangeAnActionOnTheirResearchScreen(FxRobot robot) throws Exception {
        signIn(robot);
        ListView<?> list = waitFor(robot, "#proposalList");
        Node pane = waitFor(robot, "#proposalsPane");
        assertEquals(List.of(), Accessibility.problems(pane.getScene().getRoot()), "research screen with proposals");

        key(robot, KeyCode.ALT, KeyCode.T);
        key(robot, KeyCode.UP); // from Other, the type before it: a disclosure under the scheme
        key(robot, KeyCode.ALT, KeyCode.W);
        key(robot, KeyCode.DOWN); // the victim
        key(robot, KeyCode.ALT, KeyCode.E);
        robot.write("PC Example");
        key(robot, KeyCode.ALT, KeyCode.D);
        robot.write("15/01/2030");
        key(robot, KeyCode.ALT, KeyCode.C);
        robot.write("Disclose the history");
        key(robot, KeyCode.ENTER);
        waitUntil(() -> list.getItems().size() == 1, "the proposal is listed");
        ProposalView p = proposals().mine(request).get(0);
        assertEquals("DVDS_DISCLOSURE", p.typeCode());
        assertEquals(ActionTarget.VICTIM, p.target());
        assertEquals("PC Example", p.owner());
        assertEquals(LocalDate.of(2030, 1, 15), p.dueDate());
        assertEquals("Disclose the history", p.description());

        // The list, Enter to change the chosen proposal, a new description, Alt+V saves.
        key(robot, KeyCode.ALT, KeyCode.A);
        waitUntil(() -> list.isFocused() && list.getSelectionModel().getSelectedIndex() == 0, "the first is chosen");
        key(robot, KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#proposalSave").queryButton().getText().contains("changes"));
        key(robot, KeyCode.ALT, KeyCode.C);
        key(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("Disclose the history under the scheme");
        key(robot, KeyCode.ALT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> "Disclose the history under the scheme".equals(
                proposals().mine(request).get(0).description()), "the change is saved");
        assertEquals(1, proposals().mine(request).size());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
