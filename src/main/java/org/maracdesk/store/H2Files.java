package org.maracdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.VaultFormatException;

/**
 * Opens the vault's H2 database. The URL is built from constants only: the file through {@link AesFilePath}
 * (H2's AES file format, the JDK's AES; decision 0078) keyed by the data key, every commit written before it returns
 * (WRITE_DELAY=0), no result ever written to a temporary file (MAX_MEMORY_ROWS at its maximum: H2 would write one
 * unencrypted, because it only knows the key through {@code CIPHER}), and no trace output anywhere, because H2's
 * trace file is never encrypted and records SQL values. No H2 console or server is ever started.
 */
final class H2Files {
    static final String DATABASE_NAME = "marac";
    static final String SETTINGS = ";WRITE_DELAY=0;MAX_MEMORY_ROWS=" + Integer.MAX_VALUE
            + ";TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0";
    static final String DB_USER = "marac";
    private static final java.util.Map<String, char[]> USERS = new java.util.concurrent.ConcurrentHashMap<>();

    private H2Files() {
    }

    static String url(Path vaultDir, boolean create) {
        return url(vaultDir, DATABASE_NAME, create);
    }

    static String url(Path vaultDir, String databaseName, boolean create) {
        return "jdbc:h2:" + AesFilePath.path(vaultDir, databaseName) + SETTINGS + (create ? "" : ";IFEXISTS=TRUE");
    }

    /**
     * A data source for database {@code name} in {@code dir}: {@code h2Password} is {@code "<file password> <user
     * password>"} ({@link DataKey#h2Password()}). The file password is registered with {@link AesFilePath} and only
     * the user password reaches H2; both are kept (copies) until {@link #close} wipes them.
     */
    static JdbcDataSource source(Path dir, String name, char[] h2Password, String extra) {
        int space = indexOfSpace(h2Password);
        char[] file = java.util.Arrays.copyOfRange(h2Password, 0, space);
        char[] user = java.util.Arrays.copyOfRange(h2Password, space + 1, h2Password.length);
        try {
            AesFilePath.useKey(dir, name, file);
        } finally {
            org.maracdesk.common.Secrets.wipe(file);
        }
        // An earlier source of the same database may still hand its copy to a pool: replaced, not wiped.
        USERS.put(AesFilePath.path(dir, name), user);
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(dir, name, false) + extra);
        source.setUser(DB_USER);
        source.setPasswordChars(user);
        return source;
    }

    /** Forgets and wipes what {@link #source} kept for database {@code name} in {@code dir}; call once it is closed. */
    static void close(Path dir, String name) {
        AesFilePath.forget(dir, name);
        char[] user = USERS.remove(AesFilePath.path(dir, name));
        if (user != null) {
            org.maracdesk.common.Secrets.wipe(user);
        }
    }

    /**
     * Runs {@code work} with H2's lazy execution: a query whose order an index gives is read row by row, not all held
     * at once (every result is kept in memory: see the class comment).
     */
    static <T> T lazily(Connection c, Store.SqlWork<T> work) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try {
                return work.apply(c);
            } finally {
                st.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    /**
     * The H2 path of {@code file} in the vault folder {@code dir}, encrypted with the vault's key while its database
     * is open: H2's {@code BACKUP TO} writes the database unencrypted (it reads it through {@link AesFilePath}), so
     * its copy goes to such a file ({@code marac.backup-in-progress.zip}).
     */
    static String encryptedPath(Path dir, String file) {
        return AesFilePath.path(dir, file);
    }

    /** Reads a file written through {@link #encryptedPath} while the vault's database is open. */
    static java.io.InputStream readEncrypted(Path dir, String file) throws java.io.IOException {
        return org.h2.store.fs.FilePath.get(encryptedPath(dir, file)).newInputStream();
    }

    /** Writes {@code plain} as the database file of a copy in {@code dir}, encrypted with the file password. */
    static void writeEncrypted(Path dir, char[] h2Password, java.io.InputStream plain) throws java.io.IOException {
        source(dir, DATABASE_NAME, h2Password, "");
        try (java.io.OutputStream out = org.h2.store.fs.FilePath.get(encryptedPath(dir, DATABASE_NAME + ".mv.db"))
                .newOutputStream(false)) {
            plain.transferTo(out);
        } finally {
            close(dir, DATABASE_NAME);
        }
    }

    private static int indexOfSpace(char[] h2Password) {
        for (int i = 0; i < h2Password.length; i++) {
            if (h2Password[i] == ' ') {
                return i;
            }
        }
        throw new IllegalArgumentException("not a file and user password pair");
    }

    /**
     * Returns a pool whose first connection has already succeeded, so a bad key or a locked
     * file is reported here and not at the first query. The pool keeps {@code password} until
     * it is disposed; the caller wipes it afterwards.
     */
    static JdbcConnectionPool open(Path vaultDir, char[] password, boolean create) {
        JdbcDataSource source = source(vaultDir, DATABASE_NAME, password, "");
        source.setURL(url(vaultDir, create));
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        try (Connection first = pool.getConnection()) {
            first.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            close(vaultDir, DATABASE_NAME);
            throw translate(e, vaultDir);
        }
        OwnerOnlyFiles.restrictTree(vaultDir);
        return pool;
    }

    /**
     * One read-only connection to the database file in {@code dir}, encrypted with the key {@code password} belongs
     * to (a backup's copy, opened to count it). The password is copied for H2 and the copy wiped.
     */
    static Connection openReadOnly(Path dir, char[] password) throws SQLException {
        JdbcDataSource source = source(dir, DATABASE_NAME, password, ";ACCESS_MODE_DATA=r");
        try {
            return source.getConnection();
        } finally {
            // The open database keeps its own key; nothing else opens this copy.
            close(dir, DATABASE_NAME);
        }
    }

    private static RuntimeException translate(SQLException e, Path vaultDir) {
        // Only error codes are used here: H2 messages can quote values and must not travel.
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreUnavailableException(
                    "the vault is already open in another MARAC Desk window or process; close it there first");
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new VaultFormatException("the vault in " + vaultDir + " has no database file; restore it from a backup");
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
                    new VaultFormatException("the database in " + vaultDir + " does not belong to this vault header");
            // A key that is not the file's reads as garbage: since decision 0078 H2 reports that as damage too.
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> new VaultFormatException(
                    "the database in " + vaultDir + " cannot be read with this vault header's key: it is damaged, from"
                    + " an unsupported version or from another vault; restore it from a backup");
            default -> new StoreUnavailableException("the vault database could not be opened (H2 error "
                    + e.getErrorCode() + ")");
        };
    }
}
