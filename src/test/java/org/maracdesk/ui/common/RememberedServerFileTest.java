package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared server a window remembers (decision 0038): the connection file's path and nothing else. */
class RememberedServerFileTest {
    @TempDir
    Path dir;

    @Test
    void remembersTheConnectionFileBesideTheWindowFileAndForgetsIt() throws Exception {
        Path windowFile = dir.resolve("config").resolve("window.properties");
        RememberedServerFile remembered = RememberedServerFile.besides(windowFile);
        assertEquals(Optional.empty(), remembered.load(), "nothing remembered on a new desk");
        Path connection = dir.resolve("servers").resolve("wyvernshire.properties");
        remembered.remember(connection);
        assertEquals(Optional.of(connection.toAbsolutePath().normalize()), RememberedServerFile.besides(windowFile).load());
        Path written = windowFile.resolveSibling(RememberedServerFile.FILE_NAME);
        String text = Files.readString(written, StandardCharsets.UTF_8);
        assertTrue(text.contains("wyvernshire.properties"));
        assertFalse(text.contains("password") || text.contains("passphrase=") || text.contains("user="),
                "the path only: " + text);
        remembered.forget();
        assertFalse(Files.exists(written));
        assertEquals(Optional.empty(), remembered.load());
    }

    @Test
    void aDamagedFileOrNoWindowFileRemembersNothing() throws Exception {
        Path windowFile = dir.resolve("window.properties");
        Files.writeString(windowFile.resolveSibling(RememberedServerFile.FILE_NAME), "connectionFile=\n",
                StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), RememberedServerFile.besides(windowFile).load());
        RememberedServerFile none = RememberedServerFile.besides(null);
        none.remember(dir.resolve("x.properties"));
        assertEquals(Optional.empty(), none.load(), "tests' windows remember nothing");
    }
}
