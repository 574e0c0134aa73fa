package org.maracdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.WindowPlacement;
import org.maracdesk.ui.common.WindowPlacementFile;

/**
 * The one window: swaps between setup, unlock and the main frame. It opens
 * where it was last closed if that still fits a screen, otherwise sized to the primary screen's usable
 * area, and remembers its size, position and maximised state in the user's settings (no case data).
 */
public final class AppWindow {
    private static final int[] ICON_SIZES = {16, 32, 64, 128};
    private final Stage stage;
    private final Scene scene;
    private final WindowPlacementFile placements;
    /** The bounds when neither maximised nor minimised: what a maximised window returns to. */
    private WindowPlacement normal;

    public AppWindow(Stage stage, Messages messages, WindowPlacementFile placements) {
        this.stage = stage;
        this.placements = placements;
        this.scene = new Scene(new javafx.scene.layout.StackPane());
        scene.getStylesheets().add(AppWindow.class.getResource("/css/theme.css").toExternalForm());
        stage.setTitle(messages.get("app.title"));
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(AppWindow.class.getResource("/icons/marac-desk-" + size + ".png")
                    .toExternalForm()));
        }
        place();
        stage.setScene(scene);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> savePlacement());
    }

    private void place() {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(Screen.getPrimary())) {
                screens.add(s.getVisualBounds());
            }
        }
        normal = WindowPlacement.fit(placements.load(), screens);
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, normal.width()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, normal.height()));
        stage.setX(normal.x());
        stage.setY(normal.y());
        stage.setWidth(normal.width());
        stage.setHeight(normal.height());
        stage.setMaximized(normal.maximised());
        // Read after the event settles: maximising moves and resizes the window before it says so.
        ChangeListener<Number> moved = (o, was, now) -> Platform.runLater(this::rememberNormalBounds);
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
    }

    private void rememberNormalBounds() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.isShowing()) {
            normal = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    /** Writes the size and position to come back to, and whether the window was maximised. */
    public void savePlacement() {
        placements.save(new WindowPlacement(normal.x(), normal.y(), normal.width(), normal.height(),
                stage.isMaximized()));
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    /** Shows a welcome screen (setup or unlock) with no shortcuts into case data. */
    public void showWelcome(Parent root) {
        scene.getAccelerators().clear();
        scene.setRoot(root);
    }

    /** The main frame; its shortcuts are the accelerators of its menu bar, registered as it is shown. */
    public void showMain(Parent root) {
        scene.getAccelerators().clear();
        scene.setRoot(root);
    }
}
