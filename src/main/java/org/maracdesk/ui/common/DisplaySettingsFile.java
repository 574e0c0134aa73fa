package org.maracdesk.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text size and contrast, in {@code display.properties} beside {@code window.properties}: per user,
 * outside every vault, two values and no case data. A missing or damaged file means the defaults; a
 * file that cannot be written is logged and otherwise ignored.
 */
public final class DisplaySettingsFile {
    public static final String FILE_NAME = "display.properties";
    private final Path file;

    public DisplaySettingsFile(Path file) {
        this.file = file;
    }

    /** Remembers nothing: for tests. */
    public static DisplaySettingsFile none() {
        return new DisplaySettingsFile(null);
    }

    /** The display file that sits beside the window placement file ({@code null}: remember nothing). */
    public static DisplaySettingsFile besides(Path windowFile) {
        return new DisplaySettingsFile(windowFile == null ? null : windowFile.resolveSibling(FILE_NAME));
    }

    public DisplaySettings load() {
        if (file == null || !Files.isRegularFile(file)) {
            return DisplaySettings.DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return new DisplaySettings(Double.parseDouble(p.getProperty("textScale", "1.0").trim()),
                    Boolean.parseBoolean(p.getProperty("highContrast", "false").trim()));
        } catch (IOException | IllegalArgumentException e) {
            log().info("Display settings not read ({}); using the defaults", e.getClass().getSimpleName());
            return DisplaySettings.DEFAULT;
        }
    }

    public void save(DisplaySettings settings) {
        if (file == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("textScale", Double.toString(settings.textScale()));
        p.setProperty("highContrast", Boolean.toString(settings.highContrast()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "MARAC Desk text size and contrast (no case data)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("Display settings not saved ({})", e.getClass().getSimpleName());
        }
    }

    /** Asked for only when something is logged: not on the window's path to its first frame (issue 18). */
    private static Logger log() {
        return LoggerFactory.getLogger(DisplaySettingsFile.class);
    }
}
