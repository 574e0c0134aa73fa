package org.maracdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps a vault folder, its backups and exports readable by their owner only: 0700 for folders, 0600 for
 * files where the file system has POSIX permissions; where it has ACLs instead (Windows, NTFS), an ACL
 * of exactly two entries, the owner and SYSTEM, with nothing inherited from the parent folder
 * ({@link OwnerOnlyAcl}). The choice is made per path, by what its file system supports.
 */
public final class OwnerOnlyFiles {
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
        if (!(posix(dir) || OwnerOnlyAcl.supported(dir)) || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            restrictDirectory(dir);
            for (Path p : (Iterable<Path>) entries::iterator) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    restrictFile(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not restrict permissions in " + dir, e);
        }
    }

    /** Creates an empty file that is owner-only from the first instant (no world-readable window). */
    public static void createFile(Path file) throws IOException {
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } else {
            Files.createFile(file);
            if (OwnerOnlyAcl.supported(file)) {
                OwnerOnlyAcl.restrict(file, false);
            }
        }
    }

    static void restrictFile(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, FILE);
        } else if (OwnerOnlyAcl.supported(file)) {
            OwnerOnlyAcl.restrict(file, false);
        }
    }

    private static void restrictDirectory(Path dir) throws IOException {
        if (posix(dir)) {
            Files.setPosixFilePermissions(dir, DIR);
        } else if (OwnerOnlyAcl.supported(dir)) {
            OwnerOnlyAcl.restrict(dir, true);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
