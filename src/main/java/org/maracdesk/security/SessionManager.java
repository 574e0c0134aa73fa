package org.maracdesk.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.maracdesk.store.PersistenceUnit;
import org.maracdesk.common.Secrets;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.store.UnlockedVault;
import org.maracdesk.store.Vault;
import org.maracdesk.common.WrongCredentialsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is signed in to which vault. Creating, unlocking and locking are blocking calls for a
 * background thread. Passphrases passed in are wiped before the call returns.
 */
public final class SessionManager implements StoreProvider, CurrentUser {
    private static final Logger LOG = LoggerFactory.getLogger(SessionManager.class);

    private final Path vaultDir;
    private final Vault vault;
    private final PersistenceUnit persistenceUnit;
    private final Executor background;
    private final AccountService accounts;
    private final AuditLog audit;
    private final AuditVerifier verifier = new AuditVerifier();
    private final java.security.SecureRandom random = new java.security.SecureRandom();
    private PersistenceUnit.Prepared prepared;
    private volatile AuditReport lastAudit;
    private volatile Store store;
    private volatile AccountInfo account;

    public SessionManager(Path vaultDir, Vault vault, PersistenceUnit persistenceUnit, Executor background,
                          AccountService accounts, AuditLog audit) {
        this.audit = audit;
        this.vaultDir = vaultDir;
        this.vault = vault;
        this.persistenceUnit = persistenceUnit;
        this.background = background;
        this.accounts = accounts;
    }

    public Path vaultDir() {
        return vaultDir;
    }

    public boolean vaultExists() {
        return Vault.exists(vaultDir);
    }

    /** Starts building the ORM metadata so the next unlock is quick. */
    public synchronized void warmUp() {
        if (prepared == null) {
            try {
                prepared = persistenceUnit.prepare(background);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // The application is shutting down; the next unlock (if any) prepares on demand.
                prepared = null;
            }
        }
    }

    private synchronized PersistenceUnit.Prepared takePrepared() {
        warmUp();
        PersistenceUnit.Prepared p = prepared != null ? prepared : persistenceUnit.prepare(Runnable::run);
        prepared = null;
        return p;
    }

    /** A new vault's first account and its recovery key, to be shown once and then wiped. */
    public record NewVault(AccountInfo account, char[] recoveryKey) {
    }

    /** First run: creates the vault, its first account and its recovery key. On failure nothing is left behind. */
    public NewVault createVault(String displayName, String username, Role role, char[] passphrase) {
        requireAcceptable(passphrase);
        boolean existedBefore = Files.exists(vaultDir);
        UnlockedVault unlocked = null;
        Store opened = null;
        try {
            unlocked = vault.create(vaultDir, username, passphrase);
            opened = Store.open(unlocked, takePrepared(), true);
            AccountInfo created = accounts.create(opened, unlocked.username(), displayName, role, null);
            audit.append(opened, created.username(), AuditAction.VAULT_CREATED, "vault", unlocked.vaultId(), null);
            char[] recoveryKey = unlocked.renewRecoveryKey(random);
            lastAudit = verifier.verify(opened);
            begin(opened, created);
            LOG.info("Vault created with its first account");
            return new NewVault(created, recoveryKey);
        } catch (RuntimeException e) {
            closeQuietly(opened, unlocked);
            if (!existedBefore) {
                deleteTree(vaultDir);
            }
            throw e;
        } finally {
            Secrets.wipe(passphrase);
        }
    }

    public AccountInfo unlock(String username, char[] passphrase) throws WrongCredentialsException {
        UnlockedVault unlocked;
        try {
            unlocked = vault.unlock(vaultDir, username, passphrase);
        } catch (WrongCredentialsException e) {
            UnlockAttempts.recordFailure(vaultDir, java.time.Clock.systemUTC());
            throw e;
        } finally {
            Secrets.wipe(passphrase);
        }
        Store opened = null;
        try {
            opened = Store.open(unlocked, takePrepared(), false);
            Store s = opened;
            AccountInfo found = accounts.find(s, unlocked.username())
                    .orElseThrow(() -> new StoreUnavailableException("this vault has no account for the username"
                            + " you entered; ask your administrator"));
            lastAudit = verifier.verify(opened);
            if (!lastAudit.intact()) {
                LOG.error("Audit trail check failed at entry {}", lastAudit.firstBadSeq());
            }
            recordUnlock(opened, found);
            begin(opened, found);
            LOG.info("Vault unlocked");
            return found;
        } catch (RuntimeException e) {
            closeQuietly(opened, unlocked);
            throw e;
        }
    }

    /** Failed attempts cannot be written while locked; they are recorded at the next unlock. */
    private synchronized void recordUnlock(Store opened, AccountInfo who) {
        int failed = UnlockAttempts.read(vaultDir).failures();
        if (failed > 0) {
            audit.append(opened, who.username(), AuditAction.UNLOCK_FAILED, "attempts", String.valueOf(failed), null);
            UnlockAttempts.clear(vaultDir);
        }
        audit.append(opened, who.username(), AuditAction.UNLOCKED, null, null, null);
    }

    private synchronized void begin(Store opened, AccountInfo who) {
        this.store = opened;
        this.account = who;
    }

    /**
     * Gives {@code username} a new passphrase using the vault's recovery key (the forgotten
     * passphrase case). Audited. Both arrays are wiped.
     */
    public void recover(String username, char[] recoveryKey, char[] newPassphrase) throws WrongCredentialsException {
        requireAcceptable(newPassphrase, recoveryKey);
        UnlockedVault unlocked;
        try {
            unlocked = vault.unlockWithRecoveryKey(vaultDir, recoveryKey);
        } finally {
            Secrets.wipe(recoveryKey);
        }
        Store opened = null;
        try {
            String user = org.maracdesk.common.Usernames.normalise(username);
            if (!unlocked.usernames().contains(user)) {
                throw new IllegalArgumentException("this vault has no account " + user);
            }
            opened = Store.open(unlocked, takePrepared(), false);
            audit.append(opened, "recovery-key", AuditAction.PASSPHRASE_CHANGED, "account", user, null);
            Store.Rekeyed result = opened.rekeyAndReopen(takePrepared(),
                    org.maracdesk.store.SlotEdit.setPassphrase(user, newPassphrase), random);
            opened = result.store();
            if (result.failure() != null) {
                throw result.failure();
            }
            audit.append(opened, "recovery-key", AuditAction.DATA_KEY_CHANGED, "vault",
                    String.valueOf(opened.vault().generation()), null);
        } finally {
            Secrets.wipe(newPassphrase);
            closeQuietly(opened, unlocked);
        }
    }

    /** The signed-in account changes its own passphrase; the current one is checked first. */
    public void changePassphrase(char[] current, char[] next) throws WrongCredentialsException {
        requireAcceptable(next, current);
        Store s = store();
        String user = account().orElseThrow().username();
        try {
            vault.unlock(vaultDir, user, current).close();
            s.vault().changePassphrase(user, next);
            audit.append(s, user, AuditAction.PASSPHRASE_CHANGED, "account", user, null);
        } finally {
            Secrets.wipe(current);
            Secrets.wipe(next);
        }
    }

    /** Closes the store and wipes the keys. Safe to call when already locked. */
    public void lock() {
        Store s;
        AccountInfo who;
        synchronized (this) {
            s = store;
            who = account;
            store = null;
            account = null;
        }
        if (s == null) {
            return;
        }
        try {
            audit.append(s, who.username(), AuditAction.LOCKED, null, null, null);
            AuditReport head = verifier.verify(s);
            if (head.intact()) {
                s.vault().setAuditAnchor(new org.maracdesk.store.AuditAnchor(head.headSeq(), head.headMac()));
            }
        } finally {
            s.close();
            LOG.info("Vault locked");
        }
    }

    /** The username when the vault has exactly one account (usernames are in the plain header anyway). */
    public Optional<String> soleUsername() {
        java.util.List<String> names = vault.usernames(vaultDir);
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    /** How many accounts have a key slot in this vault's header. */
    public int vaultUsers() {
        return vault.usernames(vaultDir).size();
    }

    /** The audit chain check made at the last unlock (or vault creation). */
    public Optional<AuditReport> lastAuditReport() {
        return Optional.ofNullable(lastAudit);
    }

    @Override
    public AccountInfo current() {
        AccountInfo a = account;
        if (a == null) {
            throw new StoreUnavailableException("the vault is locked");
        }
        return a;
    }

    /** Checks the audit chain now (coordinators and administrators). */
    public AuditReport verifyAudit() {
        PermissionMatrix.require(current(), Permission.VERIFY_AUDIT);
        AuditReport report = verifier.verify(store());
        lastAudit = report;
        return report;
    }

    /** A backup of the whole vault to {@code out}, recorded in the audit trail. */
    public org.maracdesk.store.Backups.Manifest backup(java.nio.file.Path out) {
        AccountInfo who = current();
        PermissionMatrix.require(who, Permission.BACKUP_RESTORE);
        audit.append(store(), who.username(), AuditAction.EXPORTED, "backup", null, null);
        return org.maracdesk.store.Backups.backup(store(), out);
    }

    /**
     * Compacts the database file and reopens it (after a retention purge), with the same key and
     * account. Run it on the one background thread that does database work, never beside it.
     */
    public synchronized void compact() {
        Store s = store();
        store = null;
        try {
            store = s.compactAndReopen(takePrepared());
        } catch (RuntimeException e) {
            account = null;
            s.vault().close();
            throw e;
        }
        LOG.info("Vault compacted");
    }

    /**
     * Switches the vault to a new random data key (the database re-encrypted, the remaining slots
     * resealed) together with {@code edit}, and records it in the audit trail. Run it on the one
     * background thread that does database work. Returns the usernames whose slots, written by an
     * older version and never unlocked since, could not be carried over (they need a new passphrase).
     */
    public synchronized List<String> changeDataKey(org.maracdesk.store.SlotEdit edit) {
        Store s = store();
        store = null;
        Store.Rekeyed result;
        try {
            result = s.rekeyAndReopen(takePrepared(), edit, random);
        } catch (RuntimeException e) {
            account = null;
            s.vault().close();
            throw e;
        }
        store = result.store();
        if (result.failure() != null) {
            throw result.failure();
        }
        audit.append(store, account.username(), AuditAction.DATA_KEY_CHANGED, "vault",
                String.valueOf(store.vault().generation()), null);
        LOG.info("Vault data key changed");
        return result.droppedSlots();
    }

    /** Failed sign-in attempts since the last success, as kept beside the vault (for the back-off). */
    public UnlockAttempts unlockAttempts() {
        return UnlockAttempts.read(vaultDir);
    }

    public AuditLog audit() {
        return audit;
    }

    public boolean isUnlocked() {
        return store != null;
    }

    public Optional<AccountInfo> account() {
        return Optional.ofNullable(account);
    }

    @Override
    public Store store() {
        Store s = store;
        if (s == null) {
            throw new StoreUnavailableException("the vault is locked");
        }
        return s;
    }

    /** Checks a new passphrase against the policy; on refusal wipes it and the other secrets given. */
    private static void requireAcceptable(char[] passphrase, char[]... alsoWipe) {
        try {
            PassphrasePolicy.requireAcceptable(passphrase);
        } catch (IllegalArgumentException e) {
            Secrets.wipe(passphrase);
            for (char[] other : alsoWipe) {
                Secrets.wipe(other);
            }
            throw e;
        }
    }

    private static void closeQuietly(Store opened, UnlockedVault unlocked) {
        if (opened != null) {
            opened.close();
        } else if (unlocked != null) {
            unlocked.close();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove a half-created vault folder ({})", e.getClass().getSimpleName());
        }
    }
}
