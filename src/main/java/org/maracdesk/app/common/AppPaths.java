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
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("marac-desk");
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
