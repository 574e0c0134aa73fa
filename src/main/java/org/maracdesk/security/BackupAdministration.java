package org.maracdesk.security;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.maracdesk.store.AutoBackup;
import org.maracdesk.store.Backups;

/**
 * Backups from the administration screen (BACKUP_RESTORE): one now, and the automatic ones. Answers in records
 * of its own, so the screen never sees a store type.
 */
public final class BackupAdministration {
    private final SessionManager sessions;
    private final VaultMaintenance maintenance;

    /** One automatic backup file beside the vault. */
    public record AutomaticBackup(Path file, LocalDateTime takenAt, long sizeBytes) {
    }

    /** What a backup holds: how many rows in how many tables. */
    public record BackupSummary(long rows, int tables) {
    }

    public BackupAdministration(SessionManager sessions, VaultMaintenance maintenance) {
        this.sessions = sessions;
        this.maintenance = maintenance;
    }

    /** A backup of the whole vault to {@code out}; audited. Slow: call it in the background. */
    public BackupSummary backupTo(Path out) {
        Backups.Manifest manifest = maintenance.backup(out);
        long rows = manifest.rowCounts().values().stream().mapToLong(Long::longValue).sum();
        return new BackupSummary(rows, manifest.rowCounts().size());
    }

    /** Whether the signed-in account manages backups (administrator). */
    public boolean mayManage() {
        AccountInfo who = sessions.current();
        return who != null && PermissionMatrix.allows(who.role(), Permission.BACKUP_RESTORE);
    }

    /** The automatic backups beside the vault, newest first. */
    public List<AutomaticBackup> automaticBackups() {
        PermissionMatrix.require(sessions.current(), Permission.BACKUP_RESTORE);
        return AutoBackup.list(sessions.vaultDir()).stream()
                .map(b -> new AutomaticBackup(b.file(), b.takenAt(), b.sizeBytes())).toList();
    }

    /**
     * Deletes these automatic backups (after an account was removed or a passphrase reset, the
     * ones made before still open with the old passphrase). Only files that are automatic backups
     * of this vault are touched; recorded in the audit trail. Returns how many were deleted.
     */
    public int deleteAutomaticBackups(List<AutomaticBackup> older) {
        AccountInfo who = sessions.current();
        PermissionMatrix.require(who, Permission.BACKUP_RESTORE);
        java.util.Set<Path> known = new java.util.HashSet<>();
        AutoBackup.list(sessions.vaultDir()).forEach(b -> known.add(b.file()));
        int deleted = 0;
        for (AutomaticBackup b : older) {
            if (known.contains(b.file())) {
                try {
                    java.nio.file.Files.deleteIfExists(b.file());
                    deleted++;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("an automatic backup could not be deleted ("
                            + b.file().getFileName() + "); " + deleted + " were deleted before it", e);
                }
            }
        }
        if (deleted > 0) {
            sessions.audit().append(sessions.store(), who.username(), AuditAction.PURGED, "automatic-backups",
                    String.valueOf(deleted), null);
        }
        return deleted;
    }

    public Path automaticBackupFolder() {
        return AutoBackup.folderFor(sessions.vaultDir());
    }
}
