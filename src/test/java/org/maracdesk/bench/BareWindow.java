package org.maracdesk.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** P8's side-by-side limit: a bare JavaFX window (one label), started by {@code scripts/bench-window} with the same JVM options. */
public final class BareWindow extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("MARAC bare window");
        stage.setScene(new Scene(new StackPane(new Label("bare JavaFX window")), 1280, 720));
        stage.show();
    }
}
