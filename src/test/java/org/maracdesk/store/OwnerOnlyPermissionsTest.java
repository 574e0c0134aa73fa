package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyPermissionsTest {
    @TempDir
    Path parent;

    @Test
    void vaultFolderAndEveryFileInItAreOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = parent.resolve("vault");
        TestVaults.create(dir, "coordinator", "permissions passphrase").close();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
                        f.getFileName() + " is readable by others");
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "a vault is vault.json and marac.mv.db, nothing else");
        }
    }
}
