package org.maracdesk.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. The launcher hands it its configuration before starting the toolkit. */
public final class MaracDeskApp extends Application {
    private static volatile AppConfig pending;
    private CompositionRoot root;

    static void launch(AppConfig config) {
        pending = config;
        Application.launch(MaracDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        root = CompositionRoot.withFxExecutor(pending);
        root.start(stage);
    }

    @Override
    public void stop() {
        if (root != null) {
            root.stop();
        }
    }
}
