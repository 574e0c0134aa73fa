package org.maracdesk.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.common.BackupNotWrittenException;
import org.maracdesk.common.VaultFormatException;

/**
 * Backup and restore of a whole vault. A backup is a zip of {@code vault.json} (key slots),
 * the database pages exactly as H2 stores them (still AES-encrypted with the data key), and a
 * manifest of row counts. Nothing in it is readable without a passphrase.
 */
public final class Backups {
    static final String MANIFEST = "manifest.json";
    private static final String IN_PROGRESS = H2Files.DATABASE_NAME + ".backup-in-progress.zip";
    private static final Set<String> ENTRIES = Set.of(HeaderFile.NAME, H2Files.DATABASE_NAME + ".mv.db", MANIFEST);
    /** A backup file comes from outside the vault: read it strictly. */
    private static final ObjectMapper JSON = JsonMappers.strict();
    /** The header and the manifest are small; anything bigger is not ours. */
    static final long SMALL_ENTRY_MAX = 1L << 20;
    /** A database bigger than this is refused before it can fill the disk (a 100,000-case vault is far smaller). */
    static final long DATABASE_MAX = 32L << 30;

    /** What the manifest records: when, which vault, how many rows per table. */
    public record Manifest(String createdAt, String vaultId, String schemaVersion, Map<String, Long> rowCounts) {
    }

    private Backups() {
    }

    /**
     * Why a backup failed, in one line: our own messages and the file system's (paths, "No space left on
     * device"), which hold no case data; H2's own messages never reach here (the backup turns them into an
     * error code). Anything else only by its kind.
     */
    static String failure(RuntimeException e) {
        if (e instanceof org.maracdesk.common.BackupNotWrittenException) {
            return e.getMessage();
        }
        if (e instanceof java.io.UncheckedIOException u) {
            java.io.IOException cause = u.getCause();
            return u.getMessage() + ": " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        }
        return e.getClass().getSimpleName();
    }

    /**
     * Writes a consistent backup of the open store to {@code out} (replaced atomically). The copy is opened
     * and counted before it is packed: a backup that does not hold what the vault holds is never written.
     */
    public static Manifest backup(Store store, Path out) {
        Path dir = store.vault().dir();
        // H2's copy: encrypted with the vault's key (H2 writes the database into it unencrypted; decision 0078).
        Path h2Zip = dir.resolve(IN_PROGRESS);
        Path copyDir = dir.resolve("backup-check");
        Path temp = out.resolveSibling(out.getFileName() + ".partial");
        try {
            Map<String, Long> counts = snapshot(store, h2Zip, copyDir);
            Manifest manifest = new Manifest(Instant.now().toString(), store.vault().vaultId(),
                    IntegrityCheck.schemaVersion(store), counts);
            Files.deleteIfExists(temp);
            OwnerOnlyFiles.createFile(temp);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                put(zip, HeaderFile.NAME, Files.readAllBytes(dir.resolve(HeaderFile.NAME)));
                putDatabase(copyDir.resolve(H2Files.DATABASE_NAME + ".mv.db"), zip);
                put(zip, MANIFEST, JSON.writeValueAsBytes(manifest));
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (KeptChanging e) {
            throw new BackupNotWrittenException(BackupNotWrittenException.Reason.KEPT_CHANGING, e.getMessage());
        } catch (IncompleteCopy e) {
            throw new BackupNotWrittenException(BackupNotWrittenException.Reason.INCOMPLETE_COPY, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("the backup could not be written to " + out, e);
        } finally {
            deleteQuietly(h2Zip);
            clear(copyDir, true);
            deleteQuietly(temp);
        }
    }

    /**
     * H2's copy of the database, unpacked into {@code copyDir} and checked, and its row counts. The counts are
     * read beside the copy before and after it: equal, nothing was written in between (an audit entry written
     * by another thread between the copy and a count made the restore check fail now and then). Then the
     * copy itself is opened, read-only, and counted: it must hold exactly those rows. H2 2.5.252 left a
     * session's commits out of the file until the database was closed, so a copy lacked them (decision
     * 0066); whatever the cause, such a copy is made again, up to three times, and never packed.
     */
    private static Map<String, Long> snapshot(Store store, Path h2Zip, Path copyDir) throws IOException {
        Map<String, Long> before = IntegrityCheck.countedRows(store);
        IOException failure = new KeptChanging();
        for (int attempt = 1; attempt <= 3; attempt++) {
            Files.deleteIfExists(h2Zip);
            clear(copyDir, true);
            // Made owner-only first: H2 writes into the file as it finds it (its own would be readable by all).
            OwnerOnlyFiles.createFile(h2Zip);
            store.withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    // Committed changes can still be only in memory; write them to the file first, and wait
                    // until the file has them (SYNC).
                    st.execute("CHECKPOINT SYNC");
                    st.execute("BACKUP TO '" + H2Files.encryptedPath(h2Zip.getParent(), IN_PROGRESS)
                            .replace("'", "''") + "'");
                }
                return null;
            });
            Map<String, Long> after = IntegrityCheck.countedRows(store);
            if (!after.equals(before)) {
                before = after;
                failure = new KeptChanging();
                continue;
            }
            Map<String, Long> inCopy = countCopy(store, h2Zip, copyDir);
            if (inCopy.equals(after)) {
                return after;
            }
            failure = new IncompleteCopy(after, inCopy);
        }
        throw failure;
    }

    /** Unpacks the database file of H2's copy into {@code copyDir}, opens it read-only and counts its rows. */
    private static Map<String, Long> countCopy(Store store, Path h2Zip, Path copyDir) throws IOException {
        OwnerOnlyFiles.createDirectories(copyDir);
        Path file = copyDir.resolve(H2Files.DATABASE_NAME + ".mv.db");
        try (ZipInputStream in = new ZipInputStream(H2Files.readEncrypted(h2Zip.getParent(), IN_PROGRESS))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    OwnerOnlyFiles.createFile(file);
                    store.writeCopy(copyDir, in);
                    break;
                }
            }
        }
        if (!Files.exists(file)) {
            throw new IOException("H2's backup held no database file");
        }
        try (java.sql.Connection c = store.openCopy(copyDir)) {
            return IntegrityCheck.countedRows(c);
        } catch (java.sql.SQLException e) {
            // Only the error code: H2 messages can quote values.
            throw new IOException("the copy of the vault could not be opened to check it (H2 error "
                    + e.getErrorCode() + ")");
        }
    }

    /** Every copy was overtaken by a change (the window saves beside an automatic backup); try again later. */
    private static final class KeptChanging extends IOException {
        KeptChanging() {
            super("the vault kept changing while it was being backed up, so no backup was written; try again when"
                    + " it is quiet");
        }
    }

    /** The copy, opened, held fewer or other rows than the vault: nothing was written. Names tables only. */
    private static final class IncompleteCopy extends IOException {
        IncompleteCopy(Map<String, Long> vault, Map<String, Long> copy) {
            super("the copy of the vault did not hold every saved record (" + differences(vault, copy) + "), so no"
                    + " backup was written; lock the vault, sign in again and back up once more");
        }

        private static String differences(Map<String, Long> vault, Map<String, Long> copy) {
            java.util.List<String> out = new java.util.ArrayList<>();
            java.util.Set<String> tables = new java.util.TreeSet<>(vault.keySet());
            tables.addAll(copy.keySet());
            for (String table : tables) {
                if (!java.util.Objects.equals(vault.get(table), copy.get(table))) {
                    out.add(table + ": " + copy.getOrDefault(table, 0L) + " of " + vault.getOrDefault(table, 0L));
                }
            }
            return String.join(", ", out);
        }
    }

    /** The checked database file, stored (it is encrypted: deflating gains nothing and costs minutes at scale). */
    private static void putDatabase(Path file, ZipOutputStream out) throws IOException {
        out.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
        out.putNextEntry(new ZipEntry(H2Files.DATABASE_NAME + ".mv.db"));
        Files.copy(file, out);
        out.closeEntry();
        out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
    }

    /**
     * Unpacks a backup into a new or empty folder and returns its manifest. The folder is
     * removed again if anything is wrong, so a restore is all or nothing.
     */
    public static Manifest restore(Path backup, Path vaultDir) {
        if (Files.exists(vaultDir) && !isEmptyDir(vaultDir)) {
            throw new VaultFormatException("restore needs a new or empty folder; " + vaultDir + " is not empty");
        }
        boolean created = !Files.exists(vaultDir);
        OwnerOnlyFiles.createDirectories(vaultDir);
        Manifest manifest = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!ENTRIES.contains(e.getName()) || !seen.add(e.getName())) {
                    throw new VaultFormatException(backup + " is not a MARAC Desk backup (unexpected or repeated"
                            + " entry)");
                }
                boolean database = e.getName().endsWith(".mv.db");
                long max = database ? Math.min(DATABASE_MAX, usableSpace(vaultDir)) : SMALL_ENTRY_MAX;
                if (e.getName().equals(MANIFEST)) {
                    manifest = JSON.readValue(bounded(in, max, backup), Manifest.class);
                } else {
                    Path target = vaultDir.resolve(e.getName());
                    OwnerOnlyFiles.createFile(target);
                    try (OutputStream os = Files.newOutputStream(target)) {
                        copyBounded(in, os, max, backup);
                    }
                }
            }
            if (manifest == null || !HeaderFile.exists(vaultDir)
                    || !Files.exists(vaultDir.resolve(H2Files.DATABASE_NAME + ".mv.db"))) {
                throw new VaultFormatException(backup + " is incomplete; it cannot be restored");
            }
            HeaderFile.read(vaultDir);
            return manifest;
        } catch (IOException | RuntimeException e) {
            clear(vaultDir, created);
            if (e instanceof VaultFormatException v) {
                throw v;
            }
            throw new VaultFormatException(backup + " cannot be read as a MARAC Desk backup", e);
        }
    }

    /** Reads at most {@code max} bytes; more means the file is not a backup of ours. */
    private static byte[] bounded(java.io.InputStream in, long max, Path backup) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        copyBounded(in, out, max, backup);
        return out.toByteArray();
    }

    private static void copyBounded(java.io.InputStream in, OutputStream out, long max, Path backup)
            throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                throw new VaultFormatException(backup + " is refused: a part of it is larger than a MARAC Desk"
                        + " backup can be, or than the free space on the disk (" + (max >> 20) + " MiB)");
            }
            out.write(buffer, 0, n);
        }
    }

    private static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return DATABASE_MAX;
        }
    }

    public static Manifest readManifest(Path backup) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(MANIFEST)) {
                    return JSON.readValue(bounded(in, SMALL_ENTRY_MAX, backup), Manifest.class);
                }
            }
        } catch (IOException e) {
            throw new VaultFormatException(backup + " cannot be read as a MARAC Desk backup", e);
        }
        throw new VaultFormatException(backup + " has no manifest");
    }

    private static boolean isEmptyDir(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void clear(Path dir, boolean removeDir) {
        try (var entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                Files.deleteIfExists(p);
            }
            if (removeDir) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException ignored) {
            // best effort: the caller reports the original failure
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover holds only encrypted pages; the next backup replaces it
        }
    }

}
