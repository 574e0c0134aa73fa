package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.actions.ActionChange;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.SharedServer;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.RememberedServerFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a real shared server (decision 0038): from the first-run screen to "Connect to a shared
 * server", the connection file typed in, police signs in with its own account and the case list shows exactly
 * police's need-to-know scope; the file is remembered; locking comes back to the connect screen with the file
 * and username kept, where a wrong passphrase is said in plain words.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectToServerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    Path temp;
    private CompositionRoot root;
    private SharedServer server;
    private long policeCase;
    private long otherCase;
    private long policeAction;
    private Path windowFile;

    @Start
    void start(Stage stage) {
        server = new SharedServer(temp.resolve("server"), "Coordinator", "coordinator", MeetingVault.PASS);
        MeetingVault data = new MeetingVault(server);
        long meeting = data.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        policeCase = data.acceptedCase(TODAY.minusDays(5), 0);
        otherCase = data.acceptedCase(TODAY.minusDays(4), 0);
        policeAction = data.action(meeting, policeCase, "Flag the address on the police system");
        windowFile = temp.resolve("config").resolve("window.properties");
        root = CompositionRoot.withFxExecutor(new AppConfig(temp.resolve("no-vault-here"), false, null,
                Duration.ofMinutes(5), windowFile));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
        server.close();
    }

    @Test
    void policeConnectsFromTheFirstRunScreenAndSeesOnlyItsCases(FxRobot robot) throws Exception {
        Messages messages = new Messages(Locale.getDefault());
        waitFor(robot, "#displayNameField");
        robot.clickOn("#serverButton");
        waitFor(robot, "#connectButton");
        assertEquals(List.of(), Accessibility.problems(robot.lookup("#connectButton").query().getScene()
                .getRoot()), "connect screen controls without a name for screen readers");
        assertTrue(robot.lookup("#connectButton").query().isDisabled(), "nothing to connect with yet");

        robot.clickOn("#fileField").write(server.connectionFile().toString());
        robot.press(KeyCode.TAB).release(KeyCode.TAB);            // past Choose… to the username
        robot.press(KeyCode.TAB).release(KeyCode.TAB).write("police");
        robot.press(KeyCode.TAB).release(KeyCode.TAB).write(MeetingVault.PASS);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        TableView<CaseSummary> table = waitFor(robot, "#table");
        waitUntil(() -> !table.getItems().isEmpty(), "the case list loading");
        assertEquals(List.of(policeCase), table.getItems().stream().map(CaseSummary::id).toList(),
                "police sees the case with its action and not the other one (" + otherCase + ")");
        assertTrue(root.sessions().isUnlocked());
        assertEquals(StoreKind.POSTGRESQL, root.sessions().store().kind());
        assertEquals(Optional.of(server.connectionFile().toAbsolutePath().normalize()),
                RememberedServerFile.besides(windowFile).load(), "the next start offers this server");

        // Live refresh through the window itself: the coordinator, at another desk, completes police's action.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> actionsShown(robot).stream().anyMatch(r -> r.id() == policeAction), "police's action listed");
        waitUntil(root.services().liveChanges()::listening, "the window listening for other desks' changes");
        ActionRow row = actionsShown(robot).stream().filter(r -> r.id() == policeAction).findFirst().orElseThrow();
        ServicesGraph otherDesk = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
        otherDesk.server().signIn(server.connectionFile(), "coordinator", MeetingVault.PASS.toCharArray());
        try {
            otherDesk.actions().update(new ActionChange(policeAction, row.version(), ActionStatus.DONE,
                    LocalDate.now(Clock.systemUTC()), "Flagged by the coordinator's desk"));
        } finally {
            otherDesk.sessions().lock();
        }
        waitUntil(() -> actionsShown(robot).stream().noneMatch(r -> r.id() == policeAction),
                "the completed action leaving police's open list without a reload");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(robot, "#connectButton");
        waitUntil(() -> !root.sessions().isUnlocked(), "signing out");
        assertEquals(server.connectionFile().toString(), ((TextField) robot.lookup("#fileField").query()).getText());
        assertEquals("police", ((TextField) robot.lookup("#usernameField").query()).getText());

        robot.clickOn("#passphraseField").write("not the passphrase of police");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Label error = robot.lookup("#errorLabel").query();
        waitUntil(() -> !error.getText().isEmpty(), "the refusal");
        assertEquals(messages.get("connect.wrong"), error.getText());
        assertTrue(!root.sessions().isUnlocked());

        robot.clickOn("#localButton");
        waitFor(robot, "#displayNameField");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.empty(), RememberedServerFile.besides(windowFile).load(),
                "choosing the local vault forgets the server");
    }

    /** The rows of the Actions screen's table, when it is showing. */
    @SuppressWarnings("unchecked")
    private static List<ActionRow> actionsShown(FxRobot robot) {
        return robot.lookup("#table").queryAll().stream().map(n -> (TableView<Object>) n)
                .flatMap(t -> List.copyOf(t.getItems()).stream()).filter(ActionRow.class::isInstance)
                .map(ActionRow.class::cast).toList();
    }
}
