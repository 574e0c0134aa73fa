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
 * Opens the vault's H2 database. The URL is built from constants only: AES file encryption
 * keyed by the data key, every commit written before it returns (WRITE_DELAY=0), and no trace
 * output anywhere, because H2's trace file is never encrypted and records SQL values.
 * No H2 console or server is ever started.
 */
final class H2Files {
    static final String DATABASE_NAME = "marac";
    private static final String SETTINGS = ";CIPHER=AES;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0";
    static final String DB_USER = "marac";

    private H2Files() {
    }

    static String url(Path vaultDir, boolean create) {
        return url(vaultDir, DATABASE_NAME, create);
    }

    static String url(Path vaultDir, String databaseName, boolean create) {
        String path = vaultDir.toAbsolutePath().resolve(databaseName).toString();
        return "jdbc:h2:file:" + path + SETTINGS + (create ? "" : ";IFEXISTS=TRUE");
    }

    /**
     * Returns a pool whose first connection has already succeeded, so a bad key or a locked
     * file is reported here and not at the first query. The pool keeps {@code password} until
     * it is disposed; the caller wipes it afterwards.
     */
    static JdbcConnectionPool open(Path vaultDir, char[] password, boolean create) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(vaultDir, create));
        source.setUser(DB_USER);
        source.setPasswordChars(password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        try (Connection first = pool.getConnection()) {
            first.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
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
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(dir, false) + ";ACCESS_MODE_DATA=r");
        source.setUser(DB_USER);
        char[] copy = password.clone();
        try {
            source.setPasswordChars(copy);
            return source.getConnection();
        } finally {
            org.maracdesk.common.Secrets.wipe(copy);
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
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> new VaultFormatException(
                    "the database in " + vaultDir + " is damaged or from an unsupported version; restore it from a backup");
            default -> new StoreUnavailableException("the vault database could not be opened (H2 error "
                    + e.getErrorCode() + ")");
        };
    }
}
