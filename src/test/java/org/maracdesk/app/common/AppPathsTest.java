package org.maracdesk.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each system's rule, tested here on whatever system runs the tests. */
class AppPathsTest {
    private static final Path HOME = Path.of("/home/sam");
    @TempDir
    Path temp;

    private static AppPaths.Locations on(String os, Path home, Map<String, String> env) {
        return new AppPaths.Locations(os, home, env::get);
    }

    @Test
    void linuxUsesAnAbsoluteXdgDataHome() {
        assertEquals(Path.of("/data/xdg/marac-desk"),
                on("Linux", HOME, Map.of("XDG_DATA_HOME", "/data/xdg")).dataHome());
    }

    @Test
    void linuxIgnoresARelativeOrBlankXdgDirectoryAsTheSpecificationSays() {
        Path fallback = Path.of("/home/sam/.local/share/marac-desk");
        assertEquals(fallback, on("Linux", HOME, Map.of("XDG_DATA_HOME", "relative/share")).dataHome());
        assertEquals(fallback, on("Linux", HOME, Map.of("XDG_DATA_HOME", "  ")).dataHome());
        assertEquals(fallback, on("Linux", HOME, Map.of()).dataHome());
        assertEquals(Path.of("/home/sam/.config/marac-desk"),
                on("Linux", HOME, Map.of("XDG_CONFIG_HOME", "./config")).configHome());
    }

    @Test
    void windowsKeepsDataInTheLocalNotTheRoamingAppData() {
        AppPaths.Locations w = on("Windows 11", HOME,
                Map.of("LOCALAPPDATA", "/users/sam/AppData/Local", "APPDATA", "/users/sam/AppData/Roaming"));
        assertEquals(Path.of("/users/sam/AppData/Local/MARAC Desk"), w.dataHome());
        assertEquals(Path.of("/users/sam/AppData/Local/MARAC Desk"), w.configHome());
        assertEquals(Optional.of(Path.of("/users/sam/AppData/Roaming/MARAC Desk")), w.roamingDataHome());
    }

    @Test
    void windowsWithoutLocalAppDataFallsBackUnderTheHomeFolder() {
        assertEquals(Path.of("/home/sam/AppData/Local/MARAC Desk"), on("Windows 10", HOME, Map.of()).dataHome());
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/sam/Library/Application Support/MARAC Desk"),
                on("Mac OS X", HOME, Map.of()).dataHome());
        assertEquals(Optional.empty(), on("Mac OS X", HOME, Map.of("APPDATA", "/x")).roamingDataHome());
    }

    @Test
    void aVaultLeftUnderRoamingAppDataStaysInUseUntilTheLocalOneExists() throws IOException {
        Path local = temp.resolve("Local");
        Path roaming = temp.resolve("Roaming");
        AppPaths.Locations w = on("Windows 11", temp,
                Map.of("LOCALAPPDATA", local.toString(), "APPDATA", roaming.toString()));
        assertEquals(local.resolve("MARAC Desk/vault"), w.defaultVault(), "no vault anywhere: the local place");

        Path old = Files.createDirectories(roaming.resolve("MARAC Desk/vault"));
        Files.writeString(old.resolve("vault.json"), "{}");
        assertEquals(old, w.defaultVault(), "an existing roaming vault is opened where it is");

        Path now = Files.createDirectories(local.resolve("MARAC Desk/vault"));
        Files.writeString(now.resolve("vault.json"), "{}");
        assertEquals(now, w.defaultVault(), "the local vault wins once it exists");
    }

    @Test
    void theWindowPlacementIsKeptOutsideEveryVault() {
        Path file = AppPaths.windowPlacementFile();
        assertEquals("window.properties", file.getFileName().toString());
        assertFalse(file.startsWith(AppPaths.defaultVault()));
        assertFalse(file.startsWith(AppPaths.demoVault()));
    }
}
