package org.maracdesk.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's last size, position and maximised state, in a small file per user outside any
 * vault (five numbers, no case data). A missing or damaged file means "no saved placement"; a file that
 * cannot be written is logged and otherwise ignored, since it only costs the user a window size.
 */
public final class WindowPlacementFile {
    private final Path file;

    public WindowPlacementFile(Path file) {
        this.file = file;
    }

    /**
     * Asked for only when something is to be logged: the file is read before the window's first frame,
     * and starting the logging library there (its date format, the locale data) delays it (issue 18).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(WindowPlacementFile.class);
    }

    /** Remembers nothing: for tests and windows whose placement must not outlive them. */
    public static WindowPlacementFile none() {
        return new WindowPlacementFile(null);
    }

    public Optional<WindowPlacement> load() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            WindowPlacement placement = new WindowPlacement(number(p, "x"), number(p, "y"), number(p, "width"),
                    number(p, "height"), Boolean.parseBoolean(p.getProperty("maximised")));
            return placement.plausible() ? Optional.of(placement) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            log().info("Window placement not read ({}); using the default", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    public void save(WindowPlacement placement) {
        if (file == null || !placement.plausible()) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("x", Long.toString(Math.round(placement.x())));
        p.setProperty("y", Long.toString(Math.round(placement.y())));
        p.setProperty("width", Long.toString(Math.round(placement.width())));
        p.setProperty("height", Long.toString(Math.round(placement.height())));
        p.setProperty("maximised", Boolean.toString(placement.maximised()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "MARAC Desk window placement (no case data)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("Window placement not saved ({})", e.getClass().getSimpleName());
        }
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return Double.parseDouble(value.trim());
    }
}
