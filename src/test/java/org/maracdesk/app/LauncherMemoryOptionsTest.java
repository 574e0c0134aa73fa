package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The window's memory options (issue 12, P8) are written in four places: the launcher for Linux and
 * macOS, the launcher for Windows, the installer's runtime options and the benchmark's window figure.
 * They must say the same, or the benchmark measures a process that no user runs.
 */
class LauncherMemoryOptionsTest {
    private static final Pattern OPTIONS = Pattern.compile(
            "-Xmx1g -Xms\\S+ -XX:MinHeapFreeRatio=\\S+ -XX:MaxHeapFreeRatio=\\S+ -XX:G1PeriodicGCInterval=\\d+");

    @Test
    void launchersInstallerAndBenchmarkStartTheWindowWithTheSameMemoryOptions() throws IOException {
        String launcher = options("app/marac-desk");
        assertEquals(launcher, options("app/marac-desk.cmd"));
        assertEquals(launcher, options("scripts/bench-window"));
        String packaged = Files.readString(Path.of("scripts/package"));
        for (String option : launcher.split(" ")) {
            assertTrue(packaged.contains("--java-options \"" + option + "\""), option + " in scripts/package");
        }
    }

    /**
     * Decision 0079: on Linux the C heap is trimmed every 5 s, and with no graphics device the window draws in
     * software from the start without GTK loading OpenGL. The benchmark must start the window as the launchers do.
     */
    @Test
    void linuxLaunchersAndBenchmarkTrimTheCHeapAndChooseTheDrawingAlike() throws IOException {
        for (String file : new String[] {"app/marac-desk", "scripts/bench-window", "scripts/package"}) {
            assertTrue(Files.readString(Path.of(file)).contains("-XX:TrimNativeHeapInterval=5000"), "trim in " + file);
        }
        for (String file : new String[] {"app/marac-desk", "packaging/linux/marac-desk-launcher", "scripts/bench-window"}) {
            String text = Files.readString(Path.of(file));
            assertTrue(text.contains("compgen -G '/dev/dri/*'") && text.contains("[ ! -e /dev/nvidia0 ]")
                    && text.contains("[ ! -e /dev/dxg ]"), "the graphics-device test in " + file);
            assertTrue(text.contains("render=(-Dprism.order=sw)") || text.contains("opts+=(-Dprism.order=sw)"),
                    "software drawing in " + file);
            assertTrue(text.contains("export GDK_GL=\"${GDK_GL:-disable}\""), "GTK without OpenGL in " + file);
            assertTrue(text.contains("MARAC_DESK_PRISM_ORDER"), "the override in " + file);
        }
    }

    private static String options(String file) throws IOException {
        Matcher m = OPTIONS.matcher(Files.readString(Path.of(file)));
        assertTrue(m.find(), "memory options in " + file);
        return m.group();
    }
}
