package org.maracdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.WrongCredentialsException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What a PostgreSQL administrator does once for a shared server (decision 0024): the roles (an owner
 * with no login, a group role for the application), the schema by Flyway under the owner, the grants,
 * account functions and row-level security of {@code db/server/setup.sql}, the audit key, and login
 * roles for accounts. Runs over the administrator's connection to the MARAC database; server messages
 * are never passed on (they can quote values), only SQLStates.
 */
public final class ServerSetup {
    private static final String SCRIPT = "/db/server/setup.sql";

    private ServerSetup() {
    }

    /** Role names of one database: {@code <prefix>_owner}, {@code <prefix>_app}. */
    public record Roles(String prefix) {
        public Roles {
            ServerFile.requirePrefix(prefix);
        }

        public String owner() {
            return prefix + "_owner";
        }

        public String app() {
            return prefix + "_app";
        }
    }

    /** The roles for the database {@code admin} connects to (named after it). */
    public static Roles rolesFor(ServerConnection admin) {
        String url = admin.url();
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        String db = slash < 0 ? "" : url.substring(slash + 1, query < 0 ? url.length() : query);
        if (!db.matches("[a-z][a-z0-9_]{0,29}")) {
            throw new IllegalArgumentException("the database name in the url must be plain lower-case letters, digits"
                    + " and '_', at most 30 characters (it names the database's roles)");
        }
        return new Roles(db);
    }

    /**
     * Creates the roles, gives the database to the owner, migrates it as the owner, applies the setup
     * script and stores a new audit key. Returns the audit key (the caller wipes it).
     * Refuses a database whose roles already exist.
     */
    public static byte[] init(ServerConnection admin, Roles roles, SecureRandom random) throws WrongCredentialsException {
        try (Connection c = connect(admin)) {
            if (roleExists(c, roles.owner())) {
                throw new StoreUnavailableException("this database is already set up for shared mode (its owner role"
                        + " exists); use server upgrade");
            }
            String db = c.getCatalog();
            try (Statement st = c.createStatement()) {
                st.execute("create role " + roles.owner() + " nologin createrole");
                st.execute("create role " + roles.app() + " nologin");
                st.execute("grant " + roles.app() + " to " + roles.owner() + " with admin option");
                st.execute("grant " + roles.owner() + " to current_user");
                st.execute("alter database \"" + db + "\" owner to " + roles.owner());
                st.execute("revoke all on database \"" + db + "\" from public");
                st.execute("grant connect on database \"" + db + "\" to " + roles.app());
            }
        } catch (SQLException e) {
            throw failure("the roles could not be created", e);
        }
        upgrade(admin, roles);
        byte[] key = new byte[DataKey.BYTES];
        random.nextBytes(key);
        try (Connection c = connect(admin)) {
            asOwner(c, roles);
            try (PreparedStatement ps = c.prepareStatement("insert into server_secret (id, audit_key) values (1, ?)")) {
                ps.setBytes(1, key);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            Secrets.wipe(key);
            throw failure("the audit key could not be stored", e);
        }
        return key;
    }

    /** Applies pending migrations as the owner, then the setup script again (grants, functions, policies). */
    public static void upgrade(ServerConnection admin, Roles roles) throws WrongCredentialsException {
        PGSimpleDataSource source = new OwnerDataSource(roles.owner());
        source.setURL(admin.url());
        source.setUser(admin.user());
        char[] password = admin.password();
        try {
            source.setPassword(new String(password));
        } finally {
            Secrets.wipe(password);
        }
        try {
            Migrations.flyway(source, StoreKind.POSTGRESQL).migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new StoreUnavailableException("the schema could not be created (" + e.getClass().getSimpleName() + ")");
        } finally {
            source.setPassword(null);
        }
        try (Connection c = connect(admin); Statement st = c.createStatement()) {
            // Removing an account or resetting its passphrase ends its open connections at once (decision 0031).
            st.execute("grant pg_signal_backend to " + roles.owner());
            asOwner(c, roles);
            st.execute(script(roles));
        } catch (SQLException e) {
            throw failure("the grants and row-level security could not be applied", e);
        }
    }

    /** A login role for an existing account, with the client-computed SCRAM verifier, as the owner. */
    public static void createLogin(ServerConnection admin, Roles roles, String username, String verifier)
            throws WrongCredentialsException {
        String role = ServerFile.loginRole(roles.prefix(), username);
        try (Connection c = connect(admin)) {
            asOwner(c, roles);
            createLogin(c, roles, role, username, verifier);
        } catch (SQLException e) {
            throw failure("the account's login role could not be created", e);
        }
    }

    /**
     * Creates {@code role} for {@code username} on an owner connection and records it in server_login; with
     * the verifier it can log in, without one (an imported account) only once its passphrase is reset.
     */
    static void createLogin(Connection c, Roles roles, String role, String username, String verifier)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("create role \"" + role + "\" " + (verifier == null ? "nologin" : "login") + " in role "
                    + roles.app());
        }
        if (verifier != null) {
            try (PreparedStatement ps = c.prepareStatement("select format('alter role %I password %L', ?, ?)")) {
                ps.setString(1, role);
                ps.setString(2, verifier);
                try (var rs = ps.executeQuery(); Statement st = c.createStatement()) {
                    rs.next();
                    st.execute(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into server_login (role_name, username) values (?, ?)")) {
            ps.setString(1, role);
            ps.setString(2, username);
            ps.executeUpdate();
        }
    }

    static void asOwner(Connection c, Roles roles) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("set role " + roles.owner());
        }
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            ps.setString(1, role);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String script(Roles roles) {
        try (InputStream in = ServerSetup.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${owner}", roles.owner()).replace("${app}", roles.app()).replace("${prefix}", roles.prefix());
        } catch (IOException e) {
            throw new IllegalStateException(SCRIPT + " could not be read", e);
        }
    }

    private static Connection connect(ServerConnection admin) throws SQLException, WrongCredentialsException {
        return connect(admin, new Properties());
    }

    /** The administrator's connection, with {@code p} (extra driver settings) added to the credentials. */
    static Connection connect(ServerConnection admin, Properties p) throws SQLException, WrongCredentialsException {
        p.setProperty("user", admin.user());
        char[] password = admin.password();
        try {
            p.setProperty("password", new String(password));
            p.setProperty("connectTimeout", "10");
            p.setProperty("ApplicationName", "MARAC Desk server setup");
            return java.sql.DriverManager.getConnection(admin.url(), p);
        } catch (SQLException e) {
            String state = String.valueOf(e.getSQLState());
            if (state.startsWith("28")) {
                throw new WrongCredentialsException();
            }
            String tls = ServerTls.explain(e);
            if (tls != null) {
                throw new StoreUnavailableException(tls);
            }
            throw e;
        } finally {
            Secrets.wipe(password);
            p.clear();
        }
    }

    static StoreUnavailableException failure(String what, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.startsWith("08")) {
            return new org.maracdesk.common.ServerUnreachableException("the shared server cannot be reached (SQLState "
                    + state + ")");
        }
        if ("42501".equals(state)) {
            return new StoreUnavailableException(what + ": the administrator account lacks a privilege (SQLState 42501)");
        }
        return new StoreUnavailableException(what + " (SQLState " + state + ")");
    }

    /** The administrator's connections, each switched to the owner role, so what Flyway creates is the owner's. */
    private static final class OwnerDataSource extends PGSimpleDataSource {
        private static final long serialVersionUID = 1L;
        private final String owner;

        OwnerDataSource(String owner) {
            this.owner = owner;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return asOwner(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return asOwner(super.getConnection(user, password));
        }

        private Connection asOwner(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("set role " + owner);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }
    }
}
