package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Walking away from the laptop: the vault locks itself and the case screens disappear. */
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {
    private static final String PASSPHRASE = "idle lock test passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path vault = temp.resolve("vault");
        SessionManager setup = CliVault.sessionsFor(vault);
        setup.createVault("Idle Tester", "idle", Role.COORDINATOR, PASSPHRASE.toCharArray());
        setup.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(vault, false, "idle", Duration.ofSeconds(2)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void idleVaultLocksItselfAndEveryScreenIsNamedForScreenReaders(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#unlockButton").queryAll().isEmpty());
        assertEquals(List.of(), Accessibility.unnamedControls(stage.getScene().getRoot()), "unlock screen");
        robot.clickOn("#passphraseField").write(PASSPHRASE);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#navList").queryAll().isEmpty());
        assertTrue(root.sessions().isUnlocked());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), Accessibility.problems(stage.getScene().getRoot()), "main window");

        waitUntil(() -> !robot.lookup("#unlockButton").queryAll().isEmpty());
        waitUntil(() -> !root.sessions().isUnlocked());
        assertTrue(robot.lookup("#navList").queryAll().isEmpty(), "case screens are gone after the idle lock");
        assertFalse(root.sessions().account().isPresent());
    }
}
