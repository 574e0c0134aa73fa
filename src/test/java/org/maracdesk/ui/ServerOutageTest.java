package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.casework.settings.SettingsVersion;
import org.maracdesk.testdata.NetworkCable;
import org.maracdesk.testdata.SharedServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network fails under a window signed in to a shared server (issue 13, decision 0058), through a real TCP hop
 * the test cuts and mends: the window says so plainly, a save made meanwhile waits in memory with what was typed
 * still on the screen and no error dialog, and it is saved when the server answers again.
 */
@ExtendWith(ApplicationExtension.class)
class ServerOutageTest {
    private static final String PASS = "a long enough outage test passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;
    private SharedServer server;
    private NetworkCable cable;
    private Path cableFile;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("marac.serverProbeMillis", "500");
        server = new SharedServer(temp.resolve("server"), "Coordinator", "coordinator", PASS);
        java.net.URI uri = java.net.URI.create(server.admin().url().substring("jdbc:".length()));
        cable = new NetworkCable(uri.getHost(), uri.getPort());
        String url = server.admin().url().replace(":" + uri.getPort() + "/", ":" + cable.port() + "/");
        cableFile = temp.resolve("through-the-cable.properties");
        Files.writeString(cableFile, Files.readString(server.connectionFile()).replace(server.admin().url(), url));
        root = CompositionRoot.withFxExecutor(new AppConfig(temp.resolve("no-vault-here"), false, null,
                Duration.ofMinutes(5), temp.resolve("config").resolve("window.properties")));
        root.start(stage);
        if (System.getProperty("marac.shots") != null) {
            stage.setWidth(1366); // with -Dheadless.geometry=1366x768-32, see Shots
            stage.setHeight(768);
        }
    }

    @Stop
    void stop() {
        root.stop();
        cable.close();
        server.close();
        System.clearProperty("marac.serverProbeMillis");
    }

    @Test
    void aSaveMadeWhileTheServerCannotBeReachedWaitsAndIsSavedWhenItAnswers(FxRobot robot) throws Exception {
        signInThroughTheCable(robot);
        javafx.scene.Node bar = robot.lookup("#serverLinkBar").query();
        assertFalse(bar.isVisible(), "nothing to say while the server answers");

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        TableView<SettingsVersion> versions = waitFor(robot, "#versionTable");
        waitUntil(() -> versions.getItems().size() == 1, "version 0 listed");
        Spinner<?> high = robot.lookup("#highSpinner").queryAs(Spinner.class);
        robot.interact(high::requestFocus);
        key(robot, KeyCode.UP);
        key(robot, KeyCode.UP);
        waitUntil(() -> Integer.valueOf(16).equals(high.getValue()), "threshold 16 chosen");
        key(robot, KeyCode.ALT, KeyCode.R);
        waitUntil(() -> robot.lookup("#reasonField").query().isFocused(), "Alt+R reaches the reason");
        robot.write("List from 16 as agreed");

        cable.cut();
        Label said = robot.lookup("#serverLinkText").queryAs(Label.class);
        waitUntil(() -> WaitForAsyncUtils.asyncFx(bar::isVisible).get(), "the window says the server is not answering");
        assertTrue(said.getText().startsWith("The shared server cannot be reached"), said.getText());

        key(robot, KeyCode.ALT, KeyCode.S);
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> said.getText().contains("One save or refresh is waiting")).get(),
                "the save waits");
        assertEquals(1, WaitForAsyncUtils.asyncFx(() -> Window.getWindows().size()).get(), "no error dialog");
        assertEquals(16, high.getValue(), "what was typed is still on the screen");
        assertEquals("List from 16 as agreed", robot.lookup("#reasonField").queryAs(TextField.class).getText());
        assertEquals(List.of(), Accessibility.problems(bar.getParent()), "the bar's controls are named");
        assertEquals(0, settingsVersion(), "nothing reached the server");
        Shots.write(bar, "server-not-answering.png");

        cable.mend();
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> said.getText().startsWith("The shared server answers again"))
                .get(), "the window says the server answers again");
        assertTrue(said.getText().contains("The save or refresh that waited has been sent"), said.getText());
        Shots.write(bar, "server-answers-again.png");
        waitUntil(() -> versions.getItems().size() == 2, "the waiting save made");
        assertEquals(1, settingsVersion());
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> !bar.isVisible()).get(), "the line goes once all is well");
    }

    /**
     * Locking while a save waits for the server asks first (decision 0058): Wait (the default, and Escape) keeps the
     * session and the waiting save; Lock and discard locks, and the save never reaches the server.
     */
    @Test
    void lockingWhileASaveWaitsAsksFirstAndEachAnswerDoesWhatItSays(FxRobot robot) throws Exception {
        signInThroughTheCable(robot);
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        TableView<SettingsVersion> versions = waitFor(robot, "#versionTable");
        waitUntil(() -> versions.getItems().size() == 1, "version 0 listed");
        Spinner<?> high = robot.lookup("#highSpinner").queryAs(Spinner.class);
        robot.interact(high::requestFocus);
        key(robot, KeyCode.UP);
        waitUntil(() -> Integer.valueOf(15).equals(high.getValue()), "threshold 15 chosen");
        key(robot, KeyCode.ALT, KeyCode.R);
        waitUntil(() -> robot.lookup("#reasonField").query().isFocused(), "Alt+R reaches the reason");
        robot.write("List from 15 for a trial");
        cable.cut();
        Label said = robot.lookup("#serverLinkText").queryAs(Label.class);
        key(robot, KeyCode.ALT, KeyCode.S);
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> said.getText().contains("One save or refresh is waiting")).get(),
                "the save waits");
        Window main = robot.targetWindow();

        key(robot, KeyCode.CONTROL, KeyCode.L);
        javafx.scene.control.Button wait = waitFor(robot, "#lockAskWait");
        assertEquals(List.of(), Accessibility.problems(wait.getScene().getRoot()), "the question's controls are named");
        robot.targetWindow(wait.getScene().getWindow());
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#lockAskWait").queryAll().isEmpty(), "the question goes");
        robot.targetWindow(main);
        assertFalse(robot.lookup("#versionTable").queryAll().isEmpty(), "Wait: still signed in");
        assertTrue(said.getText().contains("One save or refresh is waiting"), "and the save still waits");

        key(robot, KeyCode.CONTROL, KeyCode.L);
        javafx.scene.control.Button discard = waitFor(robot, "#lockAskDiscard");
        robot.targetWindow(discard.getScene().getWindow());
        robot.clickOn(discard);
        robot.targetWindow(main);
        waitFor(robot, "#connectButton");
        assertEquals(1, WaitForAsyncUtils.asyncFx(() -> Window.getWindows().size()).get(),
                "no error dialog: locking with the server down is what was asked for");
        cable.mend();
        assertEquals(0, settingsVersion(), "Lock and discard: the waiting save never reached the server");
    }

    /** From the first-run screen: Connect to a shared server, with the connection file that goes through the cable. */
    private void signInThroughTheCable(FxRobot robot) {
        waitFor(robot, "#displayNameField");
        robot.clickOn("#serverButton");
        waitFor(robot, "#connectButton");
        robot.clickOn("#fileField").write(cableFile.toString());
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.TAB);
        robot.write("coordinator");
        key(robot, KeyCode.TAB);
        robot.write(PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#table");
    }

    /** This MARAC's settings version on the server, read by a second desk that does not go through the cable. */
    private int settingsVersion() throws Exception {
        ServicesGraph deskB = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
        deskB.server().signIn(server.connectionFile(), "coordinator", PASS.toCharArray());
        try {
            LocalSettings now = deskB.localSettings().current();
            if (now.version() == 1) {
                assertEquals(16, now.thresholds().visibleHighRisk(), "the change made at the cut-off desk");
            }
            return now.version();
        } finally {
            deskB.sessions().lock();
        }
    }
}
