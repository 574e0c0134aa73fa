package org.maracdesk.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.shell.MainView;
import org.maracdesk.ui.shell.NavArea;

/** The one window: swaps between setup, unlock and the main frame, and owns the shortcuts. */
public final class AppWindow {
    private static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private final Stage stage;
    private final Scene scene;

    public AppWindow(Stage stage, Messages messages) {
        this.stage = stage;
        this.scene = new Scene(new javafx.scene.layout.StackPane(), 1200, 780);
        scene.getStylesheets().add(AppWindow.class.getResource("/css/theme.css").toExternalForm());
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        stage.setScene(scene);
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

    public void showMain(Parent root, MainView view, Runnable lock, Runnable findPerson) {
        scene.setRoot(root);
        scene.getAccelerators().clear();
        // Deferred: locking swaps the accelerators, which must not change while one is being dispatched.
        scene.getAccelerators().put(LOCK, () -> javafx.application.Platform.runLater(lock));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> javafx.application.Platform.runLater(findPerson));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6};
        for (NavArea area : NavArea.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(digits[area.ordinal()], KeyCombination.SHORTCUT_DOWN),
                    () -> view.select(area));
        }
    }
}
