package org.maracdesk.security;

import java.nio.file.Path;
import java.util.List;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.Usernames;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.store.Backups;
import org.maracdesk.store.SlotEdit;
import org.maracdesk.store.Store;
import org.maracdesk.store.UnlockedVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maintenance of the vault the {@link SessionManager} has open (or, for the recovery key, of the
 * vault folder while locked): backup, compaction, a new data key, recovery, the audit check and the
 * failed-unlock count. It holds no state of its own, so one instance serves the application's life.
 * Compaction and a new data key replace the open store inside the session manager; run them on the
 * one background thread that does database work, never beside it.
 */
public final class VaultMaintenance {
    private static final Logger LOG = LoggerFactory.getLogger(VaultMaintenance.class);

    private final SessionManager sessions;

    public VaultMaintenance(SessionManager sessions) {
        this.sessions = sessions;
    }

    /** Checks the audit chain now (coordinators and administrators). */
    public AuditReport verifyAudit() {
        PermissionMatrix.require(sessions.current(), Permission.VERIFY_AUDIT);
        AuditReport report = sessions.verifier().verify(sessions.store());
        sessions.rememberAudit(report);
        return report;
    }

    /**
     * Checks the whole audit chain now, for any signed-in account (the unlock checks it only from the anchor, decision
     * 0082), and remembers the report: the window runs it in the background after each unlock, and the commands that
     * must not go on with a broken trail (restore, moving a vault to a server, the demo's final check) before they do.
     */
    public AuditReport verifyWholeTrail() {
        AuditReport report = sessions.verifier().verify(sessions.store());
        sessions.rememberAudit(report);
        if (!report.intact()) {
            LOG.error("Audit trail check failed at entry {}", report.firstBadSeq());
        }
        return report;
    }

    /** A backup of the whole vault to {@code out}, recorded in the audit trail. */
    public Backups.Manifest backup(Path out) {
        AccountInfo who = sessions.current();
        PermissionMatrix.require(who, Permission.BACKUP_RESTORE);
        sessions.audit().append(sessions.store(), who.username(), AuditAction.EXPORTED, "backup", null, null);
        return Backups.backup(sessions.store(), out);
    }

    /** Compacts the database file and reopens it (after a retention purge), with the same key and account. */
    public void compact() {
        synchronized (sessions) {
            sessions.replaceStore(s -> s.compactAndReopen(sessions.takePrepared()), reopened -> reopened);
        }
        LOG.info("Vault compacted");
    }

    /**
     * Switches the vault to a new random data key (the database re-encrypted, the remaining slots
     * resealed) together with {@code edit}, and records it in the audit trail. Returns the usernames
     * whose slots, written by an older version and never unlocked since, could not be carried over
     * (they need a new passphrase).
     */
    public List<String> changeDataKey(SlotEdit edit) {
        synchronized (sessions) {
            Store.Rekeyed result = sessions.replaceStore(
                    s -> s.rekeyAndReopen(sessions.takePrepared(), edit, sessions.random()), Store.Rekeyed::store);
            if (result.failure() != null) {
                throw result.failure();
            }
            Store store = sessions.store();
            sessions.audit().append(store, sessions.current().username(), AuditAction.DATA_KEY_CHANGED, "vault",
                    String.valueOf(store.vault().generation()), null);
            LOG.info("Vault data key changed");
            return result.droppedSlots();
        }
    }

    /**
     * Gives {@code username} a new passphrase using the vault's recovery key (the forgotten
     * passphrase case), with the vault locked. Audited. Both arrays are wiped.
     */
    public void recover(String username, char[] recoveryKey, char[] newPassphrase) throws WrongCredentialsException {
        SessionManager.requireAcceptable(newPassphrase, recoveryKey);
        UnlockedVault unlocked;
        try {
            unlocked = sessions.vault().unlockWithRecoveryKey(sessions.vaultDir(), recoveryKey);
        } finally {
            Secrets.wipe(recoveryKey);
        }
        Store opened = null;
        try {
            String user = Usernames.normalise(username);
            if (!unlocked.usernames().contains(user)) {
                throw new IllegalArgumentException("this vault has no account " + user);
            }
            opened = Store.open(unlocked, sessions.takePrepared(), false);
            sessions.audit().append(opened, "recovery-key", AuditAction.PASSPHRASE_CHANGED, "account", user, null);
            Store.Rekeyed result = opened.rekeyAndReopen(sessions.takePrepared(),
                    SlotEdit.setPassphrase(user, newPassphrase), sessions.random());
            opened = result.store();
            if (result.failure() != null) {
                throw result.failure();
            }
            sessions.audit().append(opened, "recovery-key", AuditAction.DATA_KEY_CHANGED, "vault",
                    String.valueOf(opened.vault().generation()), null);
        } finally {
            Secrets.wipe(newPassphrase);
            SessionManager.closeQuietly(opened, unlocked);
        }
    }

    /** Failed sign-in attempts since the last success, as kept beside the vault (for the back-off). */
    public UnlockAttempts unlockAttempts() {
        return UnlockAttempts.read(sessions.vaultDir());
    }
}
