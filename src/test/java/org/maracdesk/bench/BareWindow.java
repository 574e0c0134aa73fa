package org.maracdesk.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The side-by-side limit for start-up ({@code scripts/bench-startup}) and window memory (P8,
 * {@code scripts/bench-window}): the least a JavaFX application can do, one window with one label,
 * started the same way as MARAC Desk (JavaFX on the module path).
 */
public final class BareWindow extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("MARAC bare JavaFX window");
        stage.setScene(new Scene(new StackPane(new Label("bare JavaFX window")), 1280, 720));
        stage.show();
    }
}
