package org.maracdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic backups in a folder beside the vault ({@code <vault>.backups}): one a day while
 * the application is open, one before any schema migration, rotated 7 daily and 4 weekly.
 */
public final class AutoBackup {
    private static final Logger LOG = LoggerFactory.getLogger(AutoBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PREFIX = "marac-backup-";
    private final Clock clock;

    public AutoBackup(Clock clock) {
        this.clock = clock;
    }

    public static Path folderFor(Path vaultDir) {
        Path abs = vaultDir.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".backups");
    }

    /** Makes a backup when the newest is a day old or more; returns it when one was made. */
    public Optional<Path> runIfDue(Store store) {
        Path folder = folderFor(store.vault().dir());
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<LocalDateTime> newest = taken(folder).stream().max(LocalDateTime::compareTo);
        if (newest.isPresent() && Duration.between(newest.get(), now).compareTo(Duration.ofDays(1)) < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(make(store, ""));
        } catch (org.maracdesk.common.BackupNotWrittenException e) {
            if (e.reason() == org.maracdesk.common.BackupNotWrittenException.Reason.KEPT_CHANGING) {
                // the window's own saves overtook each copy: the next sign-in tries again, nobody is bothered
                LOG.info("Automatic backup postponed: the vault changed during each copy");
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A backup now, whatever the schedule (before a migration, or on demand). */
    public Path make(Store store, String suffix) {
        Path folder = folderFor(store.vault().dir());
        OwnerOnlyFiles.createDirectories(folder);
        Path out = folder.resolve(PREFIX + STAMP.format(LocalDateTime.now(clock)) + suffix + ".zip");
        Backups.backup(store, out);
        rotate(folder);
        LOG.info("Automatic backup written");
        return out;
    }

    /** One automatic backup file: when it was taken and how big it is. */
    public record BackupFile(Path file, LocalDateTime takenAt, long sizeBytes) {
    }

    /** The automatic backups of the vault in {@code vaultDir}, newest first. */
    public static List<BackupFile> list(Path vaultDir) {
        List<BackupFile> out = new ArrayList<>();
        for (Path p : files(folderFor(vaultDir))) {
            parse(p).ifPresent(t -> out.add(new BackupFile(p, t, size(p))));
        }
        out.sort(java.util.Comparator.comparing(BackupFile::takenAt).reversed());
        return out;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    void rotate(Path folder) {
        List<LocalDateTime> all = taken(folder);
        Set<LocalDateTime> keep = BackupRotation.keep(all);
        for (Path p : files(folder)) {
            parse(p).filter(t -> !keep.contains(t)).ifPresent(t -> delete(p));
        }
    }

    private static List<LocalDateTime> taken(Path folder) {
        List<LocalDateTime> out = new ArrayList<>();
        for (Path p : files(folder)) {
            parse(p).ifPresent(out::add);
        }
        return out;
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + folder, e);
        }
    }

    private static Optional<LocalDateTime> parse(Path p) {
        String name = p.getFileName().toString();
        if (name.length() < PREFIX.length() + 15) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(name.substring(PREFIX.length(), PREFIX.length() + 15), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("An old backup could not be removed ({})", e.getClass().getSimpleName());
        }
    }
}
