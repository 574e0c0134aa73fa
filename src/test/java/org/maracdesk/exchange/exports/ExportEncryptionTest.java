package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.security.ExportEncryption;
import org.maracdesk.security.ExportEncryption.DecryptionException;
import org.maracdesk.security.ExportPassphrases;

/** Encrypted exports: readable with the passphrase, by us and by gpg; altered or wrongly opened, refused. */
class ExportEncryptionTest {
    private static final String MARKER = "Zebulon-Quintavelle-export-marker-7731";
    private final ExportFiles files = new ExportFiles(new SecureRandom());
    @TempDir
    Path dir;

    private byte[] content() {
        return ("name,note\n" + MARKER + ",Grüße ✓\n").repeat(500).getBytes(StandardCharsets.UTF_8);
    }

    private Path encrypted(char[] pass) {
        Path out = dir.resolve("export.csv.pgp");
        files.write(out, pass, o -> o.write(content()));
        return out;
    }

    private static byte[] decrypt(byte[] file, char[] pass) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportEncryption.decrypt(new ByteArrayInputStream(file), out, pass);
        return out.toByteArray();
    }

    @Test
    void encryptedExportRoundTripsWithItsPassphrase() throws IOException {
        char[] pass = new ExportPassphrases(new SecureRandom()).generate();
        Path out = encrypted(pass);
        byte[] stored = Files.readAllBytes(out);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(MARKER));
        assertArrayEquals(content(), decrypt(stored, pass));
    }

    @Test
    void aFlippedBitAnywhereInTheBodyIsRefused() throws IOException {
        char[] pass = "a-test-export-passphrase".toCharArray();
        byte[] stored = Files.readAllBytes(encrypted(pass));
        for (int at : new int[] {stored.length / 2, stored.length - 5, 80}) {
            byte[] altered = stored.clone();
            altered[at] ^= 0x01;
            assertThrows(DecryptionException.class, () -> decrypt(altered, pass), "bit flipped at " + at);
        }
    }

    @Test
    void wrongPassphraseIsRefusedAsSuch() throws IOException {
        byte[] stored = Files.readAllBytes(encrypted("the-right-passphrase".toCharArray()));
        DecryptionException e = assertThrows(DecryptionException.class,
                () -> decrypt(stored, "the-wrong-passphrase".toCharArray()));
        assertEquals(DecryptionException.Reason.WRONG_PASSPHRASE, e.reason());
    }

    @Test
    void generatedPassphrasesAreLongGroupedAndUnambiguous() {
        char[] p = new ExportPassphrases(new SecureRandom()).generate();
        String s = new String(p);
        assertTrue(s.matches("([a-hjkmnp-z2-9]{5}-){5}[a-hjkmnp-z2-9]{5}"), "shape");
        assertTrue(ExportPassphrases.entropyBits() > 128);
    }

    @Test
    void noPlaintextIsLeftInTheTempFolderAfterAnEncryptedExport() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = System.currentTimeMillis() - 1000;
        encrypted("passphrase-for-temp-check".toCharArray());
        // Other processes (and the other test JVM) make and remove files in the same folder while we look:
        // a file that is gone before it is read is skipped, not an error.
        Files.walkFileTree(tmp, java.util.Set.of(), 3, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                if (a.isRegularFile() && a.lastModifiedTime().toMillis() >= before && a.size() < 50_000_000) {
                    try {
                        assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(MARKER),
                                "plain text found in " + f);
                    } catch (IOException goneOrUnreadable) {
                        // removed meanwhile, or another user's file: not ours
                    }
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
    }

    @Test
    void gpgDecryptsWhatWeWrite() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/gpg")), "gpg is not installed");
        char[] pass = new ExportPassphrases(new SecureRandom()).generate();
        Path in = encrypted(pass);
        Path passFile = dir.resolve("pass.txt");
        Files.writeString(passFile, new String(pass));
        Path home = Files.createDirectories(dir.resolve("gnupg"));
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path out = dir.resolve("by-gpg.csv");
        Process p = new ProcessBuilder("gpg", "--homedir", home.toString(), "--batch", "--quiet",
                "--pinentry-mode", "loopback", "--passphrase-file", passFile.toString(),
                "--output", out.toString(), "--decrypt", in.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertArrayEquals(content(), Files.readAllBytes(out));
    }
}
