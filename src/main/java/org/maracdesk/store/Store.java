package org.maracdesk.store;

import org.maracdesk.common.VaultFormatException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.StoreUnavailableException;

/**
 * The open database of one unlocked vault (H2) or of a shared PostgreSQL server. Services do their
 * work through {@link #inTransaction} and {@link #read}; nothing else hands out sessions, and they
 * work the same on both. What only a vault has ({@link #vault()}, checkpoints, backups, compaction,
 * a change of data key, the header generation check) is refused on a server ({@link StoreKind}).
 */
public final class Store implements AutoCloseable {
    private final StoreKind kind;
    private final UnlockedVault vault;
    private final StoreKeys keys;
    private final JdbcConnectionPool pool;
    private final char[] h2Password;
    private final SessionFactory sessionFactory;
    private volatile boolean closed;
    private ServerKeys ownedKeys;
    private String serverPassword;

    private Store(UnlockedVault vault, JdbcConnectionPool pool, char[] h2Password, SessionFactory sessionFactory) {
        this(StoreKind.H2, vault, vault, pool, h2Password, sessionFactory);
    }

    private Store(StoreKind kind, UnlockedVault vault, StoreKeys keys, JdbcConnectionPool pool, char[] h2Password,
                  SessionFactory sessionFactory) {
        this.kind = kind;
        this.vault = vault;
        this.keys = keys;
        this.pool = pool;
        this.h2Password = h2Password;
        this.sessionFactory = sessionFactory;
    }

    /**
     * Opens the database of a shared PostgreSQL server, applies pending migrations (the common ones
     * and {@code db/migration-postgresql}) and starts Hibernate with schema validation. The audit trail
     * is sealed with {@code keys}. On failure everything opened so far is closed again.
     */
    public static Store openServer(ServerConnection connection, PersistenceUnit.Prepared persistence, StoreKeys keys)
            throws org.maracdesk.common.WrongCredentialsException {
        requireKind(persistence, StoreKind.POSTGRESQL);
        PostgresServer.Opened opened = PostgresServer.open(connection);
        JdbcConnectionPool pool = opened.pool();
        try {
            Migrations.apply(pool, StoreKind.POSTGRESQL);
            SessionFactory sf = persistence.start(pool);
            Store store = new Store(StoreKind.POSTGRESQL, null, keys, pool, new char[0], sf);
            store.serverPassword = opened.passwordKey();
            return store;
        } catch (RuntimeException e) {
            persistence.discard();
            opened.dispose();
            throw e;
        }
    }

    /**
     * Signs in to a shared server as one account's login role (decision 0024): no migration (that is
     * {@code server upgrade}, as the owner), a refusal when the server's schema is behind this
     * application, and the audit trail sealed by the server (only the audit digests' key is read, through a
     * SECURITY DEFINER function; decision 0031). The store owns that key and wipes it when it closes.
     */
    public static Store signInServer(ServerConnection connection, PersistenceUnit.Prepared persistence)
            throws org.maracdesk.common.WrongCredentialsException {
        requireKind(persistence, StoreKind.POSTGRESQL);
        PostgresServer.Opened opened = PostgresServer.open(connection);
        JdbcConnectionPool pool = opened.pool();
        ServerKeys keys = null;
        try {
            keys = PostgresServer.auditKeys(pool);
            if (Migrations.pending(pool, StoreKind.POSTGRESQL)) {
                throw new StoreUnavailableException("the shared server's schema is older than this application:"
                        + " ask the administrator to run server upgrade");
            }
            Store store = new Store(StoreKind.POSTGRESQL, null, keys, pool, new char[0], persistence.start(pool));
            store.ownedKeys = keys;
            store.serverPassword = opened.passwordKey();
            return store;
        } catch (RuntimeException e) {
            persistence.discard();
            opened.dispose();
            if (keys != null) {
                keys.close();
            }
            throw e;
        }
    }

    /** Signed in to a shared server, which appends, seals and verifies the audit chain (decision 0031). */
    public boolean auditSealedByServer() {
        return keys instanceof ServerKeys server && server.sealedByServer();
    }

    private static void requireKind(PersistenceUnit.Prepared persistence, StoreKind kind) {
        if (persistence.kind() != kind) {
            throw new IllegalArgumentException("the ORM was prepared for " + persistence.kind() + ", not " + kind);
        }
    }

    /**
     * Opens (or, for a new vault, creates) the database, applies pending migrations and starts
     * Hibernate with schema validation. On failure everything opened so far is closed again.
     */
    public static Store open(UnlockedVault vault, PersistenceUnit.Prepared persistence, boolean create) {
        requireKind(persistence, StoreKind.H2);
        char[] password = vault.h2Password();
        JdbcConnectionPool pool = null;
        try {
            if (!create) {
                H2Rekey.settle(vault.dir(), password, vault.generation());
            }
            pool = H2Files.open(vault.dir(), password, create);
            if (create || !Migrations.upToDate(pool)) {
                if (!create && Migrations.pending(pool, StoreKind.H2)) {
                    backupBeforeMigration(vault, pool, password);
                }
                Migrations.apply(pool, StoreKind.H2);
            }
            requireCurrentHeader(vault, pool);
            SessionFactory sf = persistence.start(pool);
            OwnerOnlyFiles.restrictTree(vault.dir());
            return new Store(vault, pool, password, sf);
        } catch (RuntimeException e) {
            persistence.discard();
            if (pool != null) {
                pool.dispose();
            }
            H2Files.close(vault.dir(), H2Files.DATABASE_NAME);
            Secrets.wipe(password);
            throw e;
        }
    }

    /** A header older than its database (an account removed or a passphrase reset since) is refused. */
    private static void requireCurrentHeader(UnlockedVault vault, JdbcConnectionPool pool) {
        long inDatabase;
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("select generation from vault_generation where id = 1")) {
            inDatabase = rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            throw new StoreUnavailableException("the vault database could not be checked (H2 error "
                    + e.getErrorCode() + ")");
        }
        if (inDatabase > vault.generation()) {
            throw new VaultFormatException("this vault.json is older than its database: accounts or passphrases have"
                    + " changed since it was saved. Use the vault.json that belongs with this database");
        }
    }

    /**
     * A full backup (header, encrypted pages, manifest) before the schema changes, so an upgrade
     * can be undone with {@code restore}; it sits with the automatic backups and is rotated with them.
     */
    private static void backupBeforeMigration(UnlockedVault vault, JdbcConnectionPool pool, char[] password) {
        // Not closed: it borrows the pool and the password (the backup opens its copy with it) of the store
        // being opened.
        Store beforeUpgrade = new Store(vault, pool, password, null);
        try {
            new AutoBackup(java.time.Clock.systemDefaultZone()).make(beforeUpgrade, "-pre-migration");
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("could not back up the vault before upgrading it ("
                    + Backups.failure(e) + "); nothing was changed");
        }
    }

    /** Which database this store runs on. */
    public StoreKind kind() {
        return kind;
    }

    /** The keys the audit trail is sealed with (the vault's, or those a server store was opened with). */
    public StoreKeys keys() {
        return keys;
    }

    /** The unlocked vault; refused on a shared server, which has none (see {@link StoreKind}). */
    public UnlockedVault vault() {
        if (vault == null) {
            throw new StoreUnavailableException("this is a shared server, not a vault: that is done only on a"
                    + " standalone vault");
        }
        return vault;
    }

    private void requireVault(String what) {
        if (kind != StoreKind.H2) {
            throw new StoreUnavailableException(what + " is only for a standalone vault, not a shared server");
        }
    }

    public <T> T inTransaction(Function<Session, T> work) {
        requireOpen();
        try (Session session = sessionFactory.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                if (kind == StoreKind.H2) {
                    session.doWork(Store::checkpoint);
                }
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                if (e instanceof jakarta.persistence.OptimisticLockException
                        || e instanceof org.hibernate.StaleStateException) {
                    // Someone saved the same record (its @Version) after this transaction read it.
                    throw new org.maracdesk.common.ConcurrentChangeException(null, null, e);
                }
                throw e;
            }
        }
    }

    /**
     * Writes what was just committed into the file. With {@code WRITE_DELAY=0} a commit should already be
     * stored, but committed changes were seen lost when a process was ended right after them, and missing
     * from a {@code BACKUP TO} taken just after; a checkpoint (no fsync) closes that gap at the cost of a
     * small write per saved change. H2 only: a PostgreSQL commit is durable when it returns.
     */
    private static void checkpoint(java.sql.Connection c) throws java.sql.SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("CHECKPOINT");
        }
    }

    public void doInTransaction(Consumer<Session> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    public <T> T read(Function<Session, T> work) {
        requireOpen();
        try (Session session = sessionFactory.openSession()) {
            session.setDefaultReadOnly(true);
            Transaction tx = session.beginTransaction();
            try {
                return work.apply(session);
            } finally {
                tx.rollback();
            }
        }
    }

    /** Plain JDBC for maintenance (integrity checks, counts); never for case logic. A lost server says so. */
    public <T> T withConnection(SqlWork<T> work) {
        requireOpen();
        try (java.sql.Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (java.sql.SQLException e) {
            throw String.valueOf(e.getSQLState()).startsWith("08") ? new org.maracdesk.common.ServerUnreachableException(
                    "the shared server cannot be reached (SQLState " + e.getSQLState() + ")")
                    : new StoreUnavailableException("a maintenance query failed (" + describe(e) + ")");
        }
    }

    /** As {@link #withConnection}, for reading whole tables row by row (on H2, {@link H2Files#lazily}). */
    public <T> T withStreamingConnection(SqlWork<T> work) {
        return withConnection(kind == StoreKind.H2 ? c -> H2Files.lazily(c, work) : work);
    }

    /** An SQL failure by its code only (messages can quote values). */
    private String describe(java.sql.SQLException e) {
        return kind == StoreKind.H2 ? "H2 error " + e.getErrorCode() : "SQLState " + e.getSQLState();
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(java.sql.Connection connection) throws java.sql.SQLException;
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreUnavailableException("the vault is locked");
        }
    }

    /**
     * Rewrites the database file without its free pages ({@code SHUTDOWN COMPACT}), so values
     * deleted by a purge do not linger in it, then opens it again with the same key. This store
     * is closed; use the returned one. The caller must make sure no other thread is using the
     * store (nothing is interrupted: work in flight would fail, not corrupt).
     */
    public synchronized Store compactAndReopen(PersistenceUnit.Prepared persistence) {
        requireVault("Compacting");
        shutDown("SHUTDOWN COMPACT", "compacted");
        return open(vault, persistence, false);
    }

    /** Closes Hibernate and H2 with {@code command}; the pool and the key are let go whatever happens. */
    private void shutDown(String command, String failedTo) {
        requireOpen();
        closed = true;
        try {
            sessionFactory.close();
            try (java.sql.Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute(command);
            } catch (java.sql.SQLException e) {
                throw new StoreUnavailableException("the vault could not be " + failedTo + " (H2 error "
                        + e.getErrorCode() + "); lock it and sign in again");
            }
        } finally {
            pool.dispose();
            H2Files.close(vault.dir(), H2Files.DATABASE_NAME);
            Secrets.wipe(h2Password);
        }
    }

    /**
     * Switches the vault to a new data key (see {@link UnlockedVault#rekey}) and opens it again.
     * This store is closed; use the returned one. On a failure before the header changed, the
     * vault is reopened with its old key and the failure is rethrown through {@link Rekeyed}.
     */
    public synchronized Rekeyed rekeyAndReopen(PersistenceUnit.Prepared persistence, SlotEdit edit,
                                               java.security.SecureRandom random) {
        requireVault("A change of data key");
        shutDown("SHUTDOWN", "closed for a change of key");
        List<String> dropped;
        try {
            dropped = vault.rekey(edit, random);
        } catch (RuntimeException e) {
            return new Rekeyed(open(vault, persistence, false), List.of(), e);
        }
        return new Rekeyed(open(vault, persistence, false), dropped, null);
    }

    /**
     * The reopened store after a change of key, the usernames whose old-style slots could not be
     * carried over (they need a new passphrase), and the failure if the key did not change.
     */
    public record Rekeyed(Store store, List<String> droppedSlots, RuntimeException failure) {
    }

    public boolean isClosed() {
        return closed;
    }

    /** Opens, read-only, a copy of this vault's database file in {@code dir} (a backup's, to check it). */
    java.sql.Connection openCopy(java.nio.file.Path dir) throws java.sql.SQLException {
        return H2Files.openReadOnly(dir, h2Password);
    }

    /** Writes {@code plain} (the database as H2's backup holds it) into {@code dir}, encrypted with this vault's key. */
    void writeCopy(java.nio.file.Path dir, java.io.InputStream plain) throws java.io.IOException {
        H2Files.writeEncrypted(dir, h2Password, plain);
    }

    /**
     * Closes Hibernate and the database (which flushes it); for a vault also wipes the key and
     * tightens permissions. A server store's keys belong to whoever opened it.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sessionFactory.close();
        } finally {
            pool.dispose();
            if (vault != null) {
                H2Files.close(vault.dir(), H2Files.DATABASE_NAME);
            }
            Secrets.wipe(h2Password);
            if (ownedKeys != null) {
                ownedKeys.close();
            }
            if (serverPassword != null) {
                DriverPasswords.release(serverPassword);
            }
            if (vault != null) {
                OwnerOnlyFiles.restrictTree(vault.dir());
                vault.close();
            }
        }
    }
}
