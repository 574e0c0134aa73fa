package org.maracdesk.app.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where MARAC Desk keeps its data and settings by default, per operating system. */
public final class AppPaths {
    private AppPaths() {
    }

    /**
     * The rules for one system, from its name, the user's home and its environment, so that each system's
     * rule can be tested on any other.
     */
    public record Locations(String osName, Path home, UnaryOperator<String> env) {
        public static Locations current() {
            return new Locations(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")),
                    System::getenv);
        }

        private boolean windows() {
            return osName.toLowerCase(Locale.ROOT).contains("win");
        }

        private boolean mac() {
            return osName.toLowerCase(Locale.ROOT).contains("mac");
        }

        /**
         * Windows: %LOCALAPPDATA%, which stays on this machine (the roaming %APPDATA% is copied to network
         * shares at logon, no place for an encrypted case store); macOS: ~/Library/Application Support;
         * Linux: $XDG_DATA_HOME or ~/.local/share.
         */
        public Path dataHome() {
            if (windows()) {
                return absolute(home, env.apply("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"))
                        .resolve("MARAC Desk");
            }
            if (mac()) {
                return home.resolve("Library").resolve("Application Support").resolve("MARAC Desk");
            }
            return absolute(home, env.apply("XDG_DATA_HOME"), home.resolve(".local").resolve("share"))
                    .resolve("marac-desk");
        }

        /** Where earlier builds kept data on Windows (%APPDATA%, roaming); empty elsewhere. */
        public Optional<Path> roamingDataHome() {
            if (!windows()) {
                return Optional.empty();
            }
            Path roaming = absolute(home, env.apply("APPDATA"), null);
            return roaming == null ? Optional.empty() : Optional.of(roaming.resolve("MARAC Desk"));
        }

        /** Settings that are not data: $XDG_CONFIG_HOME or ~/.config on Linux, beside the data elsewhere. */
        public Path configHome() {
            if (windows() || mac()) {
                return dataHome();
            }
            return absolute(home, env.apply("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("marac-desk");
        }

        /**
         * The vault to open when none is named: the one in the data folder, unless there is none there and
         * an older version left one under the roaming %APPDATA%, which then stays in use where it is (it is
         * not moved without the user's say).
         */
        /**
         * A vault an earlier build left under the roaming %APPDATA% while there is none in %LOCALAPPDATA%:
         * the one to offer to move (the user decides). Empty on other systems and once moved.
         */
        public Optional<VaultRelocation> roamingVaultToMove() {
            Path local = dataHome().resolve("vault");
            if (Files.exists(local)) {
                return Optional.empty();
            }
            return roamingDataHome().map(r -> r.resolve("vault")).filter(v -> Files.exists(v.resolve(VAULT_HEADER)))
                    .map(v -> new VaultRelocation(v, local));
        }

        public Path defaultVault() {
            Path local = dataHome().resolve("vault");
            if (Files.exists(local.resolve(VAULT_HEADER))) {
                return local;
            }
            return roamingDataHome().map(r -> r.resolve("vault"))
                    .filter(v -> Files.exists(v.resolve(VAULT_HEADER))).orElse(local);
        }
    }

    private static final String VAULT_HEADER = "vault.json";

    public static Path dataHome() {
        return Locations.current().dataHome();
    }

    public static Path configHome() {
        return Locations.current().configHome();
    }

    /** The main window's last size, position and maximised state: per user, outside every vault. */
    public static Path windowPlacementFile() {
        return configHome().resolve("window.properties");
    }

    /**
     * A base directory from the environment; a relative one is ignored (the XDG specification says it is
     * invalid, and a relative %LOCALAPPDATA% would depend on the current folder).
     */
    static Path absolute(String value, Path fallback) {
        return absolute(Path.of(""), value, fallback);
    }

    /** The same, on the file system {@code home} is on (the real one, or an in-memory one in tests). */
    static Path absolute(Path home, String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = home.getFileSystem().getPath(value);
        return path.isAbsolute() ? path : fallback;
    }

    public static Path defaultVault() {
        return Locations.current().defaultVault();
    }

    public static Path demoVault() {
        return dataHome().resolve("demo-vault");
    }

    /** The demo vault's generated passphrase, kept beside (not inside) it: the data is synthetic. */
    public static Path demoPassphraseFile(Path demoVault) {
        return demoVault.resolveSibling(demoVault.getFileName() + ".passphrase");
    }
}
