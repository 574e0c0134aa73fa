package org.maracdesk.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource whose real target arrives later. Hibernate's metadata is built against it
 * while the unlock screen is showing; the H2 pool is plugged in once the key is known.
 */
final class DeferredDataSource implements DataSource {
    private volatile DataSource target;
    private volatile boolean askedWhileLocked;

    void bind(DataSource dataSource) {
        this.target = dataSource;
    }

    /** True once anything asked for a connection before the database was bound (a test's check). */
    boolean askedWhileLocked() {
        return askedWhileLocked;
    }

    private DataSource target() throws SQLException {
        DataSource t = target;
        if (t == null) {
            askedWhileLocked = true;
            throw new SQLException("the vault is locked");
        }
        return t;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("credentials come from the vault");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no JDBC-level logging: it could print values
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // not used by the embedded pool
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
