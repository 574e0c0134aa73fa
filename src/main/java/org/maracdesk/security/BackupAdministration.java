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

    /** The automatic backups beside the vault, newest first. */
    public List<AutomaticBackup> automaticBackups() {
        PermissionMatrix.require(sessions.current(), Permission.BACKUP_RESTORE);
        return AutoBackup.list(sessions.vaultDir()).stream()
                .map(b -> new AutomaticBackup(b.file(), b.takenAt(), b.sizeBytes())).toList();
    }

    public Path automaticBackupFolder() {
        return AutoBackup.folderFor(sessions.vaultDir());
    }
}
