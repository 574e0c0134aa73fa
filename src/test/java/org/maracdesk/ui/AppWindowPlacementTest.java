package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.WindowPlacement;
import org.maracdesk.ui.common.WindowPlacementFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens inside the screen and comes back where the user left it, maximised or not. */
@ExtendWith(ApplicationExtension.class)
class AppWindowPlacementTest {
    @TempDir
    Path temp;

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
    }

    private Stage open(WindowPlacementFile file) {
        Stage stage = new Stage();
        new AppWindow(stage, new Messages(Locale.getDefault()), file);
        stage.show();
        return stage;
    }

    @Test
    void firstWindowFitsTheScreensUsableArea(FxRobot robot) throws Exception {
        Stage stage = onFx(() -> open(WindowPlacementFile.none()));
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        assertTrue(stage.getWidth() <= screen.getWidth() && stage.getHeight() <= screen.getHeight(),
                stage.getWidth() + "x" + stage.getHeight() + " on " + screen);
        assertTrue(stage.getX() >= screen.getMinX() && stage.getY() >= screen.getMinY());
        robot.interact(stage::hide);
    }

    @Test
    void sizePositionAndMaximisedStateAreRememberedAcrossStarts(FxRobot robot) throws Exception {
        WindowPlacementFile file = new WindowPlacementFile(temp.resolve("config/window.properties"));
        Stage first = onFx(() -> open(file));
        robot.interact(() -> {
            first.setX(40);
            first.setY(30);
            first.setWidth(900);
            first.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(first::hide);
        assertEquals(Optional.of(new WindowPlacement(40, 30, 900, 600, false)), file.load());

        Stage second = onFx(() -> open(file));
        assertEquals(new Rectangle2D(40, 30, 900, 600),
                new Rectangle2D(second.getX(), second.getY(), second.getWidth(), second.getHeight()));
        robot.interact(() -> second.setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(second::hide);
        assertEquals(Optional.of(new WindowPlacement(40, 30, 900, 600, true)), file.load(),
                "maximised, and the bounds to return to are the ones before maximising");

        Stage third = onFx(() -> open(file));
        assertTrue(third.isMaximized());
        robot.interact(third::hide);
    }
}
