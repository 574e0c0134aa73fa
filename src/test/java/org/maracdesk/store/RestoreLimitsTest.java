package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.common.VaultFormatException;

/** A backup file comes from outside: oversized or repeated parts are refused, and nothing is left behind. */
class RestoreLimitsTest {
    @TempDir
    Path dir;

    private Path zip(String... namesThenSizes) throws Exception {
        Path file = dir.resolve("hostile.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesThenSizes.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesThenSizes[i]));
                byte[] block = new byte[1 << 16];
                for (long left = Long.parseLong(namesThenSizes[i + 1]); left > 0; left -= block.length) {
                    zip.write(block, 0, (int) Math.min(block.length, left));
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void anOversizedManifestIsRefusedBeforeItFillsMemory() throws Exception {
        Path target = dir.resolve("restored");
        VaultFormatException e = assertThrows(VaultFormatException.class,
                () -> Backups.restore(zip("manifest.json", String.valueOf(3L << 20)), target));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
        assertFalse(Files.exists(target), "nothing is left behind");
    }

    @Test
    void anUnexpectedEntryIsRefused() throws Exception {
        Path target = dir.resolve("restored");
        assertThrows(VaultFormatException.class, () -> Backups.restore(zip("vault.json", "10", "../escape", "10"),
                target));
        assertFalse(Files.exists(target));
    }

    @Test
    void anOversizedHeaderIsRefusedOnOpen() throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault);
        try (OutputStream out = Files.newOutputStream(vault.resolve("vault.json"))) {
            out.write(new byte[(2 << 20)]);
        }
        assertThrows(VaultFormatException.class, () -> HeaderFile.read(vault));
    }
}
