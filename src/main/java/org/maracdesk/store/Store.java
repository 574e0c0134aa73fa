package org.maracdesk.store;

import org.maracdesk.common.VaultFormatException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.StoreUnavailableException;

/**
 * The open database of one unlocked vault. Services do their work through
 * {@link #inTransaction} and {@link #read}; nothing else hands out sessions.
 */
public final class Store implements AutoCloseable {
    private final UnlockedVault vault;
    private final JdbcConnectionPool pool;
    private final char[] h2Password;
    private final SessionFactory sessionFactory;
    private volatile boolean closed;

    private Store(UnlockedVault vault, JdbcConnectionPool pool, char[] h2Password, SessionFactory sessionFactory) {
        this.vault = vault;
        this.pool = pool;
        this.h2Password = h2Password;
        this.sessionFactory = sessionFactory;
    }

    /**
     * Opens (or, for a new vault, creates) the database, applies pending migrations and starts
     * Hibernate with schema validation. On failure everything opened so far is closed again.
     */
    public static Store open(UnlockedVault vault, PersistenceUnit.Prepared persistence, boolean create) {
        char[] password = vault.h2Password();
        JdbcConnectionPool pool = null;
        try {
            if (!create) {
                H2Rekey.settle(vault.dir(), password, vault.generation());
            }
            pool = H2Files.open(vault.dir(), password, create);
            if (!create && hasPendingMigrations(pool)) {
                backupBeforeMigration(vault, pool);
            }
            migrate(pool);
            requireCurrentHeader(vault, pool);
            SessionFactory sf = persistence.start(pool);
            OwnerOnlyFiles.restrictTree(vault.dir());
            return new Store(vault, pool, password, sf);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
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

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }

    private static void migrate(JdbcConnectionPool pool) {
        flyway(pool).migrate();
    }

    private static boolean hasPendingMigrations(JdbcConnectionPool pool) {
        return flyway(pool).info().pending().length > 0;
    }

    /**
     * A full backup (header, encrypted pages, manifest) before the schema changes, so an upgrade
     * can be undone with {@code restore}; it sits with the automatic backups and is rotated with them.
     */
    private static void backupBeforeMigration(UnlockedVault vault, JdbcConnectionPool pool) {
        Store beforeUpgrade = new Store(vault, pool, new char[0], null);
        try {
            new AutoBackup(java.time.Clock.systemDefaultZone()).make(beforeUpgrade, "-pre-migration");
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("could not back up the vault before upgrading it ("
                    + e.getClass().getSimpleName() + "); nothing was changed");
        }
    }

    public UnlockedVault vault() {
        return vault;
    }

    public <T> T inTransaction(Function<Session, T> work) {
        requireOpen();
        try (Session session = sessionFactory.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                session.doWork(Store::checkpoint);
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            }
        }
    }

    /**
     * Writes what was just committed into the file. With {@code WRITE_DELAY=0} a commit should
     * already be stored, but committed changes were seen lost when a process was ended right after
     * them, and missing from a {@code BACKUP TO} taken just after; a checkpoint (no fsync) closes
     * that gap at the cost of a small write per saved change.
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

    /** Plain JDBC for maintenance (integrity checks, counts); never for case logic. */
    public <T> T withConnection(SqlWork<T> work) {
        requireOpen();
        try (java.sql.Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (java.sql.SQLException e) {
            throw new StoreUnavailableException("a maintenance query failed (H2 error " + e.getErrorCode() + ")");
        }
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
        requireOpen();
        closed = true;
        try {
            sessionFactory.close();
            try (java.sql.Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            } catch (java.sql.SQLException e) {
                throw new StoreUnavailableException("the vault could not be compacted (H2 error " + e.getErrorCode()
                        + "); lock it and sign in again");
            }
        } finally {
            pool.dispose();
            Secrets.wipe(h2Password);
        }
        return open(vault, persistence, false);
    }

    /**
     * Switches the vault to a new data key (see {@link UnlockedVault#rekey}) and opens it again.
     * This store is closed; use the returned one. On a failure before the header changed, the
     * vault is reopened with its old key and the failure is rethrown through {@link Rekeyed}.
     */
    public synchronized Rekeyed rekeyAndReopen(PersistenceUnit.Prepared persistence, SlotEdit edit,
                                               java.security.SecureRandom random) {
        requireOpen();
        closed = true;
        try {
            sessionFactory.close();
            try (java.sql.Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (java.sql.SQLException e) {
                throw new StoreUnavailableException("the vault could not be closed for a change of key (H2 error "
                        + e.getErrorCode() + "); lock it and sign in again");
            }
        } finally {
            pool.dispose();
            Secrets.wipe(h2Password);
        }
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

    /** Closes Hibernate and the database (which flushes it), wipes the key and tightens permissions. */
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
            Secrets.wipe(h2Password);
            OwnerOnlyFiles.restrictTree(vault.dir());
            vault.close();
        }
    }
}
