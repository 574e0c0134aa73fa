package org.maracdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads one of the {@link Fxml} views with the message bundle and a controller built by the
 * composition root (constructor injection; FXML never instantiates controllers itself).
 */
public final class ViewLoader {
    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    public Parent load(Fxml view, Object controller) {
        URL url = ViewLoader.class.getResource(view.resource());
        if (url == null) {
            throw new IllegalArgumentException("no view file " + view.fileName());
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(view.fileName() + " expects " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the view " + view.fileName(), e);
        }
    }
}
