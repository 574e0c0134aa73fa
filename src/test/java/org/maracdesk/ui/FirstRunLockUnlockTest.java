package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.store.Vault;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The first day with MARAC Desk, driven from the keyboard: set up, lock, mistype, unlock. */
@ExtendWith(ApplicationExtension.class)
class FirstRunLockUnlockTest {
    private static final String PASSPHRASE = "a long enough test passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;
    private Path vaultDir;

    @Start
    void start(Stage stage) throws Exception {
        vaultDir = temp.resolve("vault");
        root = CompositionRoot.withFxExecutor(new AppConfig(vaultDir, false, null, Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void setUpLockThenUnlockWithWrongThenRightPassphraseShowsMainWindow(FxRobot robot) throws Exception {
        assertNotNull(robot.lookup("#displayNameField").query(), "first run shows the setup screen");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(),
                Accessibility.unnamedControls(robot.lookup("#displayNameField").query().getScene().getRoot()),
                "setup screen controls without a name for screen readers");
        robot.clickOn("#displayNameField").write("Robin Tester");
        robot.press(KeyCode.TAB).release(KeyCode.TAB).write("r.tester");
        robot.press(KeyCode.TAB).release(KeyCode.TAB).write(PASSPHRASE);
        robot.press(KeyCode.TAB).release(KeyCode.TAB).write(PASSPHRASE);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(robot, "#writtenDownBox");
        String key = ((Label) robot.lookup("#keyLabel").query()).getText();
        assertTrue(key.matches("[A-Z2-9]{5}(-[A-Z2-9]{5}){4}"), "the recovery key is shown once: " + key.length());
        assertTrue(robot.lookup("#continueButton").query().isDisabled(), "continue waits for the confirmation");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#writtenDownBox").query().isFocused(), "the confirmation has the keyboard focus");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((javafx.scene.control.CheckBox) robot.lookup("#writtenDownBox").query()).isSelected(),
                "space ticks the confirmation");
        assertFalse(robot.lookup("#continueButton").query().isDisabled());
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(robot, "#navList");
        assertTrue(Vault.exists(vaultDir), "the vault was created on disk");
        assertTrue(root.sessions().isUnlocked());

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(robot, "#unlockButton");
        waitUntil(() -> !root.sessions().isUnlocked());
        assertTrue(robot.lookup("#navList").queryAll().isEmpty(), "case screens are gone once locked");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(),
                Accessibility.unnamedControls(robot.lookup("#unlockButton").query().getScene().getRoot()),
                "unlock form (built in code) controls without a name for screen readers");

        robot.clickOn("#passphraseField").write("not the right passphrase");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> !((Label) robot.lookup("#errorLabel").query()).getText().isEmpty());
        assertFalse(root.sessions().isUnlocked());
        assertTrue(robot.lookup("#navList").queryAll().isEmpty());

        waitUntil(() -> !robot.lookup("#unlockButton").query().isDisabled());
        robot.clickOn("#passphraseField").write(PASSPHRASE);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(robot, "#navList");
        assertTrue(root.sessions().isUnlocked());
        Node table = waitFor(robot, "#table");
        assertNotNull(table, "the main window opens on the case list");
    }
}
