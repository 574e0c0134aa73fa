package org.maracdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.WrongCredentialsException;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Opens a pool of connections to a shared PostgreSQL server. The pool is the same small one the
 * vault uses (H2's {@link JdbcConnectionPool} pools any {@code ConnectionPoolDataSource}), so both
 * stores close the same way. Failures are reported by SQLState only: server messages can quote values.
 */
final class PostgresServer {
    private static final int MAX_CONNECTIONS = 8;
    /** Longer than any one query the application makes on a server (a data return over years takes seconds). */
    static final int SOCKET_TIMEOUT_SECONDS = 120;

    private PostgresServer() {
    }

    /** An open pool, and the key under which its password is held for the driver (release it on close). */
    record Opened(JdbcConnectionPool pool, String passwordKey) {
        void dispose() {
            try {
                pool.dispose();
            } finally {
                DriverPasswords.release(passwordKey);
            }
        }
    }

    /**
     * A pool whose first connection has already succeeded, so a wrong password or host is reported here.
     * The password reaches the driver as a {@code char[]} through {@link DriverPasswords}, never as a
     * {@code String} held by the data source.
     */
    static Opened open(ServerConnection connection) throws WrongCredentialsException {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(connection.url());
        source.setUser(connection.user());
        source.setAuthenticationPluginClassName(DriverPasswords.class.getName());
        String key = DriverPasswords.key(connection.user(), source.getDatabaseName());
        char[] password = connection.password();
        try {
            DriverPasswords.register(key, password);
        } finally {
            org.maracdesk.common.Secrets.wipe(password);
        }
        source.setApplicationName("MARAC Desk");
        source.setConnectTimeout(10);
        source.setLoginTimeout(10);
        source.setTcpKeepAlive(true);
        // a connection that hears nothing for this long is dead (a pulled cable sends no reset); without it a
        // query on it would wait for the operating system's retransmissions, a quarter of an hour on Linux
        source.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        Opened opened = new Opened(JdbcConnectionPool.create(source), key);
        opened.pool().setMaxConnections(MAX_CONNECTIONS);
        try (Connection first = opened.pool().getConnection()) {
            first.isValid(5);
        } catch (SQLException e) {
            opened.dispose();
            throw translate(e);
        }
        return opened;
    }

    /**
     * The audit digests' key of a set-up server, through its SECURITY DEFINER function (signed-in accounts
     * only). The chain's own key is not handed out: the server seals and verifies entries (decision 0031).
     */
    static ServerKeys auditKeys(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("select marac_digest_key()")) {
            byte[] key = rs.next() ? rs.getBytes(1) : null;
            if (key == null || key.length != DataKey.BYTES) {
                throw new StoreUnavailableException("this account has no access to the shared server's records (no"
                        + " active account for this login)");
            }
            return ServerKeys.digestOnly(key);
        } catch (SQLException e) {
            throw new StoreUnavailableException("the shared server is not set up for signing in (SQLState "
                    + e.getSQLState() + "); ask the administrator to run server init or server upgrade");
        }
    }

    private static RuntimeException translate(SQLException e) throws WrongCredentialsException {
        String state = String.valueOf(e.getSQLState());
        org.maracdesk.common.ServerTlsException tls = ServerTls.problem(e);
        if (tls != null) {
            return tls;
        }
        if (state.startsWith("08")) {
            return new org.maracdesk.common.ServerUnreachableException("the shared server cannot be reached (SQLState " + state
                    + "); check the connection file and the network");
        }
        return switch (state) {
            case "28P01", "28000" -> throw new WrongCredentialsException();
            case "3D000" -> new StoreUnavailableException("the shared server has no such database (SQLState 3D000)");
            case "53300" -> new StoreUnavailableException("the shared server has too many connections (SQLState 53300)");
            default -> new StoreUnavailableException("the shared server could not be opened (SQLState " + state + ")");
        };
    }
}
