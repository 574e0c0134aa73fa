package org.maracdesk.app.common;

import java.nio.file.Path;
import java.util.Locale;

/** Where MARAC Desk keeps its data by default, per operating system. */
public final class AppPaths {
    private AppPaths() {
    }

    /** XDG on Linux, %APPDATA% on Windows, ~/Library/Application Support on macOS. */
    public static Path dataHome() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "MARAC Desk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "MARAC Desk");
        }
        return xdg("XDG_DATA_HOME", Path.of(home, ".local", "share")).resolve("marac-desk");
    }

    /**
     * Settings that are not data (the window's placement): XDG_CONFIG_HOME on Linux, beside the data
     * elsewhere.
     */
    public static Path configHome() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return dataHome();
        }
        Path fallback = Path.of(System.getProperty("user.home"), ".config");
        return xdg("XDG_CONFIG_HOME", fallback).resolve("marac-desk");
    }

    /** The main window's last size, position and maximised state: per user, outside every vault. */
    public static Path windowPlacementFile() {
        return configHome().resolve("window.properties");
    }

    /** An XDG base directory; the specification says a relative one is invalid and must be ignored. */
    private static Path xdg(String variable, Path fallback) {
        return xdgBase(System.getenv(variable), fallback);
    }

    static Path xdgBase(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }

    public static Path defaultVault() {
        return dataHome().resolve("vault");
    }

    public static Path demoVault() {
        return dataHome().resolve("demo-vault");
    }

    /** The demo vault's generated passphrase, kept beside (not inside) it: the data is synthetic. */
    public static Path demoPassphraseFile(Path demoVault) {
        return demoVault.resolveSibling(demoVault.getFileName() + ".passphrase");
    }
}
