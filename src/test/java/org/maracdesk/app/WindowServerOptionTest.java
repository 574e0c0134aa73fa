package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's {@code --server FILE} (decision 0038) does not combine with a vault or the demo. */
class WindowServerOptionTest {
    @TempDir
    Path dir;

    @Test
    void serverWithVaultOrDemoIsAUsageErrorAndOpensNoWindow() {
        String file = dir.resolve("server.properties").toString();
        CommandLineTest.Outcome withVault = CommandLineTest.run("--server", file, "--vault", dir.toString());
        assertEquals(2, withVault.exitCode());
        assertTrue(withVault.err().contains("either --server or --vault/--demo"), withVault.err());
        assertEquals(2, CommandLineTest.run("--server", file, "--demo").exitCode());
        assertTrue(CommandLineTest.run("--help").out().contains("--server"), "the window's help names --server");
    }
}
