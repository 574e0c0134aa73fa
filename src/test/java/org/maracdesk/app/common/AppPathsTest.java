package org.maracdesk.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    private static final Path FALLBACK = Path.of("/home/someone/.local/share");

    @Test
    void anAbsoluteXdgDirectoryIsUsed() {
        assertEquals(Path.of("/data/xdg"), AppPaths.xdgBase("/data/xdg", FALLBACK));
    }

    @Test
    void aRelativeXdgDirectoryIsIgnoredAsTheSpecificationSays() {
        assertEquals(FALLBACK, AppPaths.xdgBase("relative/share", FALLBACK));
        assertEquals(FALLBACK, AppPaths.xdgBase("./share", FALLBACK));
    }

    @Test
    void anUnsetOrBlankXdgDirectoryFallsBack() {
        assertEquals(FALLBACK, AppPaths.xdgBase(null, FALLBACK));
        assertEquals(FALLBACK, AppPaths.xdgBase("  ", FALLBACK));
    }

    @Test
    void theWindowPlacementIsKeptOutsideEveryVault() {
        Path file = AppPaths.windowPlacementFile();
        assertEquals("window.properties", file.getFileName().toString());
        assertEquals(false, file.startsWith(AppPaths.defaultVault()));
        assertEquals(false, file.startsWith(AppPaths.demoVault()));
    }
}
