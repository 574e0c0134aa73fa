package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Alt+letter reaches the control showing that letter, whatever screens came before in the same window and
 * whatever the case of the letter in other labels.
 */
@ExtendWith(ApplicationExtension.class)
class MnemonicKeysTest {
    private MnemonicKeys keys;
    private Scene scene;
    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicInteger hiddenFired = new AtomicInteger();

    @Start
    void start(Stage stage) {
        keys = MnemonicKeys.followWindows();
        Button connect = new Button("Connect to a _shared server");
        scene = new Scene(new VBox(connect), 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        keys.close();
    }

    @Test
    void altSSavesAfterAnEarlierScreenLeftAnEmptyLowerCaseS(FxRobot robot) {
        Button save = new Button("_Save as a new version");
        save.setOnAction(e -> saved.incrementAndGet());
        Button hidden = new Button("Show _something hidden");
        hidden.setVisible(false);
        hidden.setOnAction(e -> hiddenFired.incrementAndGet());
        Label reasonLabel = new Label("_Reason");
        TextField reason = new TextField();
        reasonLabel.setLabelFor(reason);
        reasonLabel.setMnemonicParsing(true);
        robot.interact(() -> scene.setRoot(new VBox(reasonLabel, reason, hidden, save)));
        WaitForAsyncUtils.waitForFxEvents();
        KeyEvent altS = new KeyEvent(KeyEvent.KEY_PRESSED, "", "s", KeyCode.S, false, false, true, false);
        long keysForS = scene.getMnemonics().keySet().stream().filter(k -> k.match(altS)).count();
        assertEquals(2, keysForS, "the toolkit keeps 's' (left by the first screen, and the hidden button) beside 'S'");

        robot.interact(reason::requestFocus);
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, saved.get(), "Alt+S pressed the showing Save button");
        assertEquals(0, hiddenFired.get(), "and not the hidden one");

        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reason.isFocused(), "Alt+R goes to the field the label names");
    }

    @Test
    void twoShowingControlsWithTheSameLetterAreFocusedInTurnNotPressed(FxRobot robot) {
        Button first = new Button("_Add account");
        Button second = new Button("_add type");
        AtomicInteger pressed = new AtomicInteger();
        first.setOnAction(e -> pressed.incrementAndGet());
        second.setOnAction(e -> pressed.incrementAndGet());
        robot.interact(() -> scene.setRoot(new VBox(new TextField(), first, second)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        boolean firstTime = first.isFocused();
        assertTrue(first.isFocused() || second.isFocused(), "one of them has the focus");
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(!firstTime, first.isFocused(), "the next press moves to the other");
        assertEquals(0, pressed.get(), "neither was pressed: the user chooses with Space");
    }
}
