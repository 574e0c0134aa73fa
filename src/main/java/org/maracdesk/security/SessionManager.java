package org.maracdesk.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.maracdesk.store.H2WarmUp;
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
 * Who is signed in to which vault: creating, unlocking and locking, the signed-in account and the
 * open store (services get it through {@link StoreProvider} on every call, so a store swapped by
 * {@link VaultMaintenance} or a lock and a new unlock are never cached). Maintenance of the vault
 * (backup, compaction, a new data key, the recovery key, the audit check) is {@link VaultMaintenance}.
 * Creating, unlocking and locking are blocking calls for a background thread. Passphrases passed in
 * are wiped before the call returns.
 */
public final class SessionManager implements StoreProvider, CurrentUser {
    private static final Logger LOG = LoggerFactory.getLogger(SessionManager.class);
    /** The HQL the unlock runs (account, audit chain's head), parsed beforehand with the first screen's (0077). */
    public static final List<PersistenceUnit.FirstQuery> UNLOCK_QUERIES = List.of(
            new PersistenceUnit.FirstQuery(AccountService.ACTIVE_ACCOUNT, Account.class),
            new PersistenceUnit.FirstQuery(AuditLog.HEAD, AuditEntry.class),
            new PersistenceUnit.FirstQuery(AuditLog.HEAD_SEQ, Long.class));

    private final Path vaultDir;
    private final Vault vault;
    private final PersistenceUnit persistenceUnit;
    private final Executor background;
    private final AccountService accounts;
    private final AuditLog audit;
    private final java.time.Clock clock;
    private final AuditVerifier verifier = new AuditVerifier();
    private final java.security.SecureRandom random = new java.security.SecureRandom();
    private PersistenceUnit.Prepared prepared;
    private volatile AuditReport lastAudit;
    private volatile Store store;
    private volatile AccountInfo account;
    /** The connection file of the shared server signed in to (null on a vault): a passphrase is checked against it. */
    private volatile org.maracdesk.store.ServerFile serverFile;
    /** Held for reading while a backup copies the open store; closing or swapping the store takes it for writing. */
    private final ReentrantReadWriteLock copying = new ReentrantReadWriteLock();

    public SessionManager(Path vaultDir, Vault vault, PersistenceUnit persistenceUnit, Executor background,
                          AccountService accounts, AuditLog audit, java.time.Clock clock) {
        this.audit = audit;
        this.clock = clock;
        this.vaultDir = vaultDir;
        this.vault = vault;
        this.persistenceUnit = persistenceUnit;
        this.background = background;
        this.accounts = accounts;
    }

    public Path vaultDir() {
        return vaultDir;
    }

    /** False in a graph made for a shared server, which has no vault folder. */
    public boolean vaultExists() {
        return vaultDir != null && Vault.exists(vaultDir);
    }

    /** Starts building the ORM metadata so the next unlock is quick; for a vault, warms H2 up too (decision 0083). */
    public synchronized void warmUp() {
        prepareIfNeeded(vaultExists());
    }

    private void prepareIfNeeded(boolean warmUpH2) {
        if (prepared == null) {
            try {
                prepared = persistenceUnit.prepare(background);
                if (warmUpH2) {
                    background.execute(H2WarmUp::once); // after the metadata: an unlock waits for that only
                }
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // The application is shutting down; the next unlock (if any) prepares on demand.
            }
        }
    }

    synchronized PersistenceUnit.Prepared takePrepared() {
        prepareIfNeeded(false);
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
            UnlockAttempts.recordFailure(vaultDir, clock);
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
            // From the anchor only (decision 0082); the window checks the whole chain next, in the background.
            lastAudit = verifier.verifySinceAnchor(opened);
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

    synchronized void begin(Store opened, AccountInfo who) {
        this.store = opened;
        this.account = who;
        this.serverFile = null;
    }

    /** Signed in to a shared server with the connection file {@code file}. */
    synchronized void beginOnServer(Store opened, AccountInfo who, org.maracdesk.store.ServerFile file) {
        begin(opened, who);
        this.serverFile = file;
    }

    /** The connection file of the shared server signed in to; null on a vault. */
    org.maracdesk.store.ServerFile serverFile() {
        return serverFile;
    }

    /**
     * The signed-in account changes its own passphrase; the current one is checked first. On a shared server the
     * login role's password changes with it and the session goes on ({@link ServerPassphraseChange}).
     */
    public void changePassphrase(char[] current, char[] next) throws WrongCredentialsException {
        requireAcceptable(next, current);
        Store s = store();
        String user = account().orElseThrow().username();
        try {
            if (serverFile != null) {
                new ServerPassphraseChange(audit, random).change(s, serverFile, user, current, next);
                return;
            }
            vault.unlock(vaultDir, user, current).close();
            s.vault().changePassphrase(user, next);
            audit.append(s, user, AuditAction.PASSPHRASE_CHANGED, "account", user, null);
        } finally {
            Secrets.wipe(current);
            Secrets.wipe(next);
        }
    }

    /**
     * Runs {@code work} on the open store while nothing may close or swap it: an automatic backup copies
     * the file for minutes on a large vault, beside the screens' reads and writes, and locking or
     * compacting waits for it instead of closing the database under the copy.
     */
    public <T> T whileStoreStaysOpen(java.util.function.Function<Store, T> work) {
        copying.readLock().lock();
        try {
            return work.apply(store());
        } finally {
            copying.readLock().unlock();
        }
    }

    /** Closes the store and wipes the keys (after any backup being written). Safe to call when already locked. */
    public void lock() {
        copying.writeLock().lock();
        try {
            closeStore();
        } finally {
            copying.writeLock().unlock();
        }
    }

    /**
     * On exit: closes the store at once, without waiting for a backup being written (the window is gone;
     * a backup cut short leaves only its temporary files, and the vault is whole either way).
     */
    public void lockAtExit() {
        closeStore();
    }

    private void closeStore() {
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
            if (!SignOutEntry.written(audit, s, who)) {
                return; // the server did not answer; the finally block still closes
            }
            AuditReport head = verifier.verifySinceAnchor(s);
            if (head.intact() && s.kind() == org.maracdesk.store.StoreKind.H2) {
                s.vault().setAuditAnchor(new org.maracdesk.store.AuditAnchor(head.headSeq(), head.headMac()));
            }
        } finally {
            s.close();
            LOG.info(s.kind() == org.maracdesk.store.StoreKind.H2 ? "Vault locked" : "Signed out of a shared server");
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

    /** The last check of the audit chain: at the unlock (from the anchor, decision 0082) or since. */
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

    /**
     * Swaps the open store for the one {@code reopen} makes of it (compaction, a new data key). While it
     * runs nothing can use the store; if it fails the session ends and the keys are wiped. The services
     * notice nothing: they ask {@link #store()} on every call.
     */
    <T> T replaceStore(java.util.function.Function<Store, T> reopen,
                       java.util.function.Function<T, Store> reopened) {
        copying.writeLock().lock();
        try {
            return swapStore(reopen, reopened);
        } finally {
            copying.writeLock().unlock();
        }
    }

    private synchronized <T> T swapStore(java.util.function.Function<Store, T> reopen,
                                         java.util.function.Function<T, Store> reopened) {
        Store s = store();
        store = null;
        T result;
        try {
            result = reopen.apply(s);
        } catch (RuntimeException e) {
            account = null;
            s.vault().close();
            throw e;
        }
        store = reopened.apply(result);
        return result;
    }

    void rememberAudit(AuditReport report) {
        lastAudit = report;
    }

    AuditVerifier verifier() {
        return verifier;
    }

    Vault vault() {
        return vault;
    }

    java.security.SecureRandom random() {
        return random;
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
    static void requireAcceptable(char[] passphrase, char[]... alsoWipe) {
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

    static void closeQuietly(Store opened, UnlockedVault unlocked) {
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
