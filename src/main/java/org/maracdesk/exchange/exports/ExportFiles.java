package org.maracdesk.exchange.exports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.maracdesk.security.ExportEncryption;
import org.maracdesk.store.OwnerOnlyFiles;

/**
 * Writes an export straight to its file: through the encryption when a passphrase is given, so
 * the plain text exists only in memory, never in a temporary file. The file is owner-only from
 * the start; on any failure the half-written file is removed.
 */
public final class ExportFiles {
    private final ExportEncryption encryption;

    public ExportFiles(SecureRandom random) {
        this.encryption = new ExportEncryption(random);
    }

    /** Produces the content of one export. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** @param exportPassphrase null for plain output (the user's choice); not wiped here */
    public void write(Path out, char[] exportPassphrase, Content content) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("the folder " + parent + " does not exist");
            }
            Files.deleteIfExists(out);
            OwnerOnlyFiles.createFile(out);
        } catch (IOException e) {
            throw new UncheckedIOException("the file " + out + " could not be created", e);
        }
        boolean done = false;
        try {
            OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
            try (OutputStream sink = exportPassphrase == null ? file
                    : encryption.encryptingStream(file, exportPassphrase)) {
                content.writeTo(sink);
            }
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("the export could not be written to " + out, e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // nothing more to do; the caller reports the first failure
                }
            }
        }
    }

    /** The SHA-256 of a written export, as the register records it. */
    static String sha256(Path file) {
        try {
            return org.maracdesk.security.Sha256.ofFile(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the written export could not be read back", e);
        }
    }

    /** Removes a half-written export; the first failure is what the user needs to see. */
    static void deleteQuietly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // the first failure is reported, not this one
        }
    }
}
