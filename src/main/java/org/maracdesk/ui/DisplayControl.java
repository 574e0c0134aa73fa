package org.maracdesk.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.maracdesk.ui.common.DisplaySettings;
import org.maracdesk.ui.common.DisplaySettingsFile;

/**
 * Applies the text size and contrast to every window of the application — the main window, the small
 * windows and every dialog — as stylesheets: the theme, the high-contrast tokens when on, and a one-rule
 * sheet that sets the root font size (every other size in the theme is in em, so all text follows).
 * Changes are remembered per user through {@link DisplaySettingsFile}.
 */
public final class DisplayControl {
    static final String THEME = DisplayControl.class.getResource("/css/theme.css").toExternalForm();
    static final String HIGH_CONTRAST = DisplayControl.class.getResource("/css/high-contrast.css").toExternalForm();
    private static final String DATA_PREFIX = "data:text/css;base64,";
    private final DisplaySettingsFile file;
    private final double baseSize = Font.getDefault().getSize();
    private final ReadOnlyObjectWrapper<DisplaySettings> settings;
    private final ListChangeListener<Window> windows = change -> {
        while (change.next()) {
            for (Window w : change.getAddedSubList()) {
                apply(w.getScene());
            }
        }
    };

    public DisplayControl(DisplaySettingsFile file) {
        this.file = file;
        this.settings = new ReadOnlyObjectWrapper<>(file.load());
        Window.getWindows().addListener(windows);
    }

    public ReadOnlyObjectProperty<DisplaySettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public void larger() {
        change(settings.get().larger());
    }

    public void smaller() {
        change(settings.get().smaller());
    }

    public void normalText() {
        change(settings.get().normalText());
    }

    public void highContrast(boolean on) {
        change(settings.get().withHighContrast(on));
    }

    /** The root font size in pixels the current scale gives. */
    public double fontSize() {
        return baseSize * settings.get().textScale();
    }

    /** Stops following new windows (the application is closing). */
    public void close() {
        Window.getWindows().removeListener(windows);
    }

    private void change(DisplaySettings next) {
        if (next.equals(settings.get())) {
            return;
        }
        settings.set(next);
        file.save(next);
        for (Window w : new ArrayList<>(Window.getWindows())) {
            apply(w.getScene());
        }
    }

    /** Puts this application's sheets on a scene, keeping any others it has, ours last so they win. */
    public void apply(Scene scene) {
        if (scene == null) {
            return;
        }
        List<String> sheets = scene.getStylesheets();
        sheets.removeIf(s -> s.equals(THEME) || s.equals(HIGH_CONTRAST) || s.startsWith(DATA_PREFIX));
        sheets.add(THEME);
        if (settings.get().highContrast()) {
            sheets.add(HIGH_CONTRAST);
        }
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }", fontSize());
        sheets.add(DATA_PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }
}
