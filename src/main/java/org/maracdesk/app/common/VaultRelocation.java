package org.maracdesk.app.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.maracdesk.store.OwnerOnlyFiles;

/**
 * Moving a vault (and its backups folder beside it) from the roaming %APPDATA% to %LOCALAPPDATA%, when
 * the user agrees. Every file is copied, the copies made owner-only, and the old files removed only after
 * every copy is complete; if a copy fails, whatever was copied is removed again and the vault stays where
 * it was.
 */
public record VaultRelocation(Path from, Path to) {
    private static final String BACKUPS = ".backups";

    /** Moves the vault and its backups; returns the new vault folder. Nothing is half moved. */
    public Path move() {
        if (Files.exists(to)) {
            throw new IllegalStateException("a vault already exists in " + to);
        }
        List<Path[]> moves = new ArrayList<>();
        moves.add(new Path[] {from, to});
        Path backups = from.resolveSibling(from.getFileName() + BACKUPS);
        if (Files.isDirectory(backups)) {
            moves.add(new Path[] {backups, to.resolveSibling(to.getFileName() + BACKUPS)});
        }
        OwnerOnlyFiles.createDirectories(to.getParent());
        List<Path> copied = new ArrayList<>();
        try {
            for (Path[] m : moves) {
                copyTree(m[0], m[1], copied);
            }
        } catch (IOException | UncheckedIOException e) {
            removeAll(copied);
            throw new UncheckedIOException("the vault could not be moved to " + to + "; it stays in " + from,
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        for (Path[] m : moves) {
            deleteTree(m[0]);
        }
        return to;
    }

    private static void copyTree(Path source, Path target, List<Path> copied) throws IOException {
        OwnerOnlyFiles.createDirectories(target);
        copied.add(target);
        try (Stream<Path> entries = Files.list(source)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                Path t = target.resolve(p.getFileName().toString());
                if (Files.isDirectory(p)) {
                    copyTree(p, t, copied);
                } else {
                    Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
                    copied.add(t);
                }
            }
        }
        OwnerOnlyFiles.restrictTree(target);
    }

    private static void removeAll(List<Path> paths) {
        for (int i = paths.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(paths.get(i));
            } catch (IOException ignored) {
                // best effort: the originals are untouched
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted(java.util.Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the vault was copied to its new place, but the old copy in " + dir
                    + " could not be removed completely; remove it by hand", e);
        }
    }
}
