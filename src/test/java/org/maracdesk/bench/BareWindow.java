package org.maracdesk.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The side-by-side limit for start-up (scripts/bench-startup): the least a JavaFX application can do,
 * one window with one label, started the same way as MARAC Desk (JavaFX on the module path).
 */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Bare JavaFX window");
        stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 800, 600));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
