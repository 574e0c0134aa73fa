package org.maracdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps a vault folder readable by its owner only: 0700 for folders, 0600 for files. On
 * systems without POSIX permissions (Windows) the folder sits in the user's own profile,
 * whose ACL already excludes other users.
 */
public final class OwnerOnlyFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates {@code dir} (and missing parents) and restricts {@code dir} itself, never its parents. */
    public static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
            restrictDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the folder " + dir, e);
        }
    }

    /**
     * Tightens a vault folder and the files directly in it. It does not descend into
     * sub-folders and never touches the parent: a vault is created only in an empty folder.
     */
    public static void restrictTree(Path dir) {
        if (!POSIX || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            restrictDirectory(dir);
            for (Path p : (Iterable<Path>) entries::iterator) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not restrict permissions in " + dir, e);
        }
    }

    /** Creates an empty file that is owner-only from the first instant (no world-readable window). */
    public static void createFile(Path file) throws IOException {
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } else {
            Files.createFile(file);
        }
    }

    static void restrictFile(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static void restrictDirectory(Path dir) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(dir, DIR);
        }
    }
}
