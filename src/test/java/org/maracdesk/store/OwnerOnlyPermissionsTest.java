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
import org.maracdesk.common.VaultFormatException;

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

    @Test
    void creatingAVaultNeverTightensItsParentFolder() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path neighbour = Files.writeString(parent.resolve("neighbour.txt"), "not ours");
        Files.setPosixFilePermissions(neighbour, PosixFilePermissions.fromString("rw-r--r--"));
        TestVaults.create(parent.resolve("vault"), "coordinator", "permissions passphrase").close();
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(parent)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(neighbour)));
    }

    @Test
    void aVaultIsNeverCreatedInAFolderThatHoldsOtherFiles() throws Exception {
        Files.writeString(parent.resolve("someone-elses.txt"), "x");
        org.junit.jupiter.api.Assertions.assertThrows(VaultFormatException.class,
                () -> TestVaults.create(parent, "coordinator", "permissions passphrase"));
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(parent.resolve("vault.json")));
    }
}
