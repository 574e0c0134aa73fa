package org.maracdesk.ui.meetings;

import org.maracdesk.ui.common.ScrollToFocus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Focus moved by Tab or by a shortcut (requestFocus, as Alt+letter does) brings the field into view. */
@ExtendWith(ApplicationExtension.class)
class ScrollToFocusTest {
    private final VBox fields = new VBox(8);
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        for (int i = 0; i < 40; i++) {
            fields.getChildren().add(new TextField());
        }
        scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        ScrollToFocus.install(scroll);
        stage.setScene(new Scene(scroll, 300, 200));
        stage.show();
    }

    @Test
    void fieldsFocusedOutOfViewByTabOrByShortcutAreScrolledIntoView(FxRobot robot) {
        robot.interact(() -> fields.getChildren().get(0).requestFocus());
        for (int i = 0; i < 25; i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
        }
        WaitForAsyncUtils.waitForFxEvents();
        TextField focused = (TextField) fields.getChildren().get(25);
        assertTrue(focused.isFocused());
        assertTrue(visible(focused), "the 26th field is in view");
        robot.interact(() -> fields.getChildren().get(1).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible((TextField) fields.getChildren().get(1)), "a field focused by a shortcut above the view is scrolled to");
        robot.interact(() -> fields.getChildren().get(0).requestFocus());
        assertEquals(0, scroll.getVvalue(), 1e-9);
    }

    private boolean visible(TextField field) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = field.localToScene(field.getLayoutBounds());
        return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
    }
}
