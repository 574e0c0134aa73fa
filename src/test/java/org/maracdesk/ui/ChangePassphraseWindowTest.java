package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CompositionRoot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Change my passphrase in the window (issue 13, decision 0053), on a real vault and from the keyboard once the dialog
 * is open: it starts on the current passphrase, every field has a name for screen readers, a new passphrase the policy
 * refuses is said in the policy's words and nothing changes, a good one closes the dialog with a message and the
 * session goes on; after locking, only the new passphrase opens the vault.
 */
@ExtendWith(ApplicationExtension.class)
class ChangePassphraseWindowTest {
    private static final String PASS = "change passphrase window test";
    private static final String FRESH = "a fresh passphrase typed in the window";
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        root = DemoDesk.start(stage, temp.resolve("vault"), PASS, 7, 4);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void aRefusedPassphraseIsSaidAGoodOneIsKeptAndOpensTheVaultNextTime(FxRobot robot) throws Exception {
        DemoDesk.signIn(robot, PASS);
        waitFor(robot, "#navList");
        fireMenuItem(robot, "changePassphraseItem");
        PasswordField current = waitFor(robot, "#currentPassphraseField");
        waitUntil(current::isFocused, "the dialog starts on the current passphrase");
        Window main = robot.targetWindow();
        robot.targetWindow(current.getScene().getWindow()); // the keys go to the dialog's own window
        assertEquals(List.of(), Accessibility.problems(current.getScene().getRoot()), "passphrase dialog");

        robot.write(PASS);
        key(robot, KeyCode.TAB);
        robot.write("too short");
        key(robot, KeyCode.TAB);
        robot.write("too short");
        key(robot, KeyCode.ENTER);
        Label problem = robot.lookup("#passphraseProblem").query();
        waitUntil(() -> problem.getText().contains("characters"), "the policy's words: " + problem.getText());
        waitUntil(current::isFocused, "back on the first field to type again");

        robot.write(PASS);
        key(robot, KeyCode.TAB);
        robot.write(FRESH);
        key(robot, KeyCode.TAB);
        robot.write(FRESH);
        key(robot, KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#currentPassphraseField").queryAll().isEmpty(), "the dialog closes when done");
        waitUntil(() -> robot.lookup(".dialog-pane").queryAll().size() == 1, "a message says it is done");
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow());
        key(robot, KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").queryAll().isEmpty());
        robot.targetWindow(main);

        key(robot, KeyCode.CONTROL, KeyCode.L);
        DemoDesk.signIn(robot, PASS);
        waitUntil(() -> !robot.lookup("#unlockButton").queryAll().isEmpty()
                && !robot.lookup("#unlockButton").query().isDisabled(), "the old passphrase is refused");
        waitUntil(() -> robot.lookup("#navList").queryAll().isEmpty(), "still locked");
        robot.interact(() -> robot.lookup("#passphraseField").queryAs(PasswordField.class).clear());
        DemoDesk.signIn(robot, FRESH);
        waitFor(robot, "#navList");
    }

    /** Fires a menu item of the window's menu bar by its id, as choosing it with F10 and the arrows would. */
    private static void fireMenuItem(FxRobot robot, String id) {
        robot.interact(() -> {
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null && w.getScene().getRoot().lookup("#menuBar") instanceof MenuBar bar) {
                    bar.getMenus().forEach(m -> m.getItems().stream().filter(i -> id.equals(i.getId()))
                            .findFirst().ifPresent(MenuItem::fire));
                }
            }
        });
    }
}
