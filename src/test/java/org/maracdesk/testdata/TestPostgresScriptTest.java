package org.maracdesk.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code scripts/test-postgres} finds PostgreSQL: on the PATH first, else the newest of Debian's
 * versioned folders. (Installing when none is found is what CI does on a fresh machine; it is not
 * repeated here.) Fake binaries in a temp folder stand in for installed ones; nothing is started.
 */
class TestPostgresScriptTest {
    private static final Path SCRIPT = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("scripts/test-postgres");

    @TempDir
    Path dir;

    @Test
    void theNewestVersionedFolderIsChosen() throws Exception {
        Path lib = dir.resolve("lib");
        fakeServer(lib.resolve("9.6/bin"));
        fakeServer(lib.resolve("15/bin"));
        fakeServer(lib.resolve("16/bin"));
        Files.createDirectories(lib.resolve("17/bin"));   // a client-only install: no initdb
        assertEquals(lib.resolve("16/bin").toString(), findBin(lib, "/usr/bin:/bin"));
    }

    @Test
    void serverProgramsOnThePathComeFirst() throws Exception {
        Path onPath = dir.resolve("path");
        fakeServer(onPath);
        Path lib = dir.resolve("lib");
        fakeServer(lib.resolve("16/bin"));
        assertEquals(onPath.toRealPath().toString(), findBin(lib, onPath + ":/usr/bin:/bin"));
    }

    @Test
    void nothingInstalledIsSaid() throws Exception {
        Process p = run(dir.resolve("none"), "/usr/bin:/bin");
        assertEquals(1, p.waitFor());
        assertTrue(output(p).contains("not found"));
    }

    private String findBin(Path lib, String path) throws Exception {
        Process p = run(lib, path);
        String out = output(p).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static Process run(Path lib, String path) throws IOException {
        ProcessBuilder b = new ProcessBuilder(List.of("bash", SCRIPT.toString(), "find-bin"))
                .redirectErrorStream(true);
        Map<String, String> env = b.environment();
        env.put("PATH", path);
        env.put("TEST_POSTGRES_LIBDIR", lib.toString());
        return b.start();
    }

    private static String output(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void fakeServer(Path bin) throws IOException {
        Files.createDirectories(bin);
        for (String name : List.of("initdb", "pg_ctl")) {
            Path f = Files.writeString(bin.resolve(name), "#!/bin/sh\nexit 0\n");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
