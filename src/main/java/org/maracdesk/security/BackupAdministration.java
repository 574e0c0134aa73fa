package org.maracdesk.security;

import java.nio.file.Path;
import java.util.List;
import org.maracdesk.store.AutoBackup;
import org.maracdesk.store.Backups;

/** Backups from the administration screen (BACKUP_RESTORE): one now, and the automatic ones. */
public final class BackupAdministration {
    private final SessionManager sessions;

    public BackupAdministration(SessionManager sessions) {
        this.sessions = sessions;
    }

    /** A backup of the whole vault to {@code out}; audited. Slow: call it in the background. */
    public Backups.Manifest backupTo(Path out) {
        return sessions.backup(out);
    }

    /** The automatic backups beside the vault, newest first. */
    public List<AutoBackup.BackupFile> automaticBackups() {
        PermissionMatrix.require(sessions.current(), Permission.BACKUP_RESTORE);
        return AutoBackup.list(sessions.vaultDir());
    }

    public Path automaticBackupFolder() {
        return AutoBackup.folderFor(sessions.vaultDir());
    }
}
