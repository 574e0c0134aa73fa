package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The window's options read without picocli (decision 0044): plain window options are read exactly
 * as picocli reads them; anything else — a command, help, a value picocli would refuse, an option
 * given twice — is left to picocli, which reports it as before.
 */
class WindowArgumentsTest {
    @Test
    void plainWindowOptionsAreReadWithoutTheCommandTree() {
        Main m = Main.windowOnly("--vault", "/tmp/some vault", "--idle-lock", "7");
        assertEquals(Path.of("/tmp/some vault"), m.vault);
        assertEquals(7, m.idleLockMinutes);
        Main demo = Main.windowOnly("--demo", "--vault=/tmp/d");
        assertTrue(demo.demo);
        assertEquals(Path.of("/tmp/d"), demo.vault);
        Main none = Main.windowOnly();
        assertNull(none.vault);
        assertNull(none.server);
        assertEquals(Path.of("s.json"), Main.windowOnly("--server", "s.json").server);
    }

    @Test
    void anythingElseGoesToPicocli() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"--version"}, {"vault", "check"},
            {"--vault"}, {"--idle-lock", "soon"}, {"--vault", "a", "--vault", "b"}, {"--demo", "--demo"},
            {"--demo=yes"}, {"--vault", "--demo"}, {"--vault="}, {"--unknown"}, {"referral", "import", "f.csv"}}) {
            assertNull(Main.windowOnly(args), String.join(" ", args));
        }
        assertTrue(Main.opensWindowOnly("--vault", "x", "--demo"));
        assertTrue(!Main.opensWindowOnly("--vault", "x", "demo"));
    }

    @Test
    void picocliStillListsEveryCommandInItsHelp() {
        java.io.PrintStream old = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("--help"));
        } finally {
            System.setOut(old);
        }
        String help = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        for (String command : new String[] {"vault", "demo", "score", "referral", "user", "audit", "backup",
            "restore", "meeting", "decrypt", "export", "report", "case", "action", "research", "server",
            "migrate", "settings"}) {
            assertTrue(help.contains("\n  " + command + " "), command + " in:\n" + help);
        }
    }
}
