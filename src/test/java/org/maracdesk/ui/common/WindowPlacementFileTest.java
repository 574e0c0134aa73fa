package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementFileTest {
    @TempDir
    Path dir;

    @Test
    void savedPlacementIsReadBack() {
        WindowPlacementFile file = new WindowPlacementFile(dir.resolve("settings/window.properties"));
        file.save(new WindowPlacement(12, 34, 1100, 700, true));
        assertEquals(Optional.of(new WindowPlacement(12, 34, 1100, 700, true)), file.load());
    }

    @Test
    void theFileHoldsFiveNumbersAndNothingElse() throws IOException {
        Path path = dir.resolve("window.properties");
        new WindowPlacementFile(path).save(new WindowPlacement(-5, 0, 1366, 728, false));
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(path)) {
            p.load(in);
        }
        assertEquals(Set.of("x", "y", "width", "height", "maximised"), p.stringPropertyNames());
        assertFalse(Files.exists(dir.resolve("window.properties.tmp")));
    }

    @Test
    void aMissingFileIsNoPlacement() {
        assertEquals(Optional.empty(), new WindowPlacementFile(dir.resolve("absent.properties")).load());
    }

    @Test
    void aDamagedFileIsNoPlacement() throws IOException {
        Path path = dir.resolve("window.properties");
        Files.writeString(path, "x=left\ny=0\nwidth=800\nheight=600\n");
        assertEquals(Optional.empty(), new WindowPlacementFile(path).load());
        Files.writeString(path, "x=0\ny=0\nwidth=800\n");
        assertEquals(Optional.empty(), new WindowPlacementFile(path).load());
        Files.writeString(path, "x=0\ny=0\nwidth=3\nheight=600\n");
        assertEquals(Optional.empty(), new WindowPlacementFile(path).load());
    }

    @Test
    void noneRemembersNothing() {
        WindowPlacementFile none = WindowPlacementFile.none();
        none.save(new WindowPlacement(0, 0, 800, 600, false));
        assertTrue(none.load().isEmpty());
    }
}
