package org.maracdesk.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;
import org.maracdesk.app.common.PersistenceUnits;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.Role;
import org.maracdesk.store.ServerConnection;
import org.maracdesk.store.ServerFile;
import org.maracdesk.store.ServerKeys;
import org.maracdesk.store.ServerLogin;
import org.maracdesk.store.ServerSetup;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;

/**
 * A shared server set up exactly as {@code server init} sets one up (roles, schema under the owner,
 * row-level security, the first coordinator as a login role), on a fresh database of the test cluster.
 * {@link #store()} is the cluster superuser's store on it (row-level security does not apply), for
 * making test data through the services; {@link #connectAs} is a plain JDBC connection as an account's
 * own login role, with the password derived from its passphrase, where the database enforces everything.
 */
public final class SharedServer implements TestDesk {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final AccountService accounts = new AccountService(Clock.systemUTC());
    private final ServerConnection admin;
    private final Path connectionFile;
    private final String passphrase;
    private final Store store;
    private AccountInfo current;

    /** Sets up a server with {@code user} (a coordinator) and {@code passphrase} for every account made here. */
    public SharedServer(Path dir, String displayName, String user, String passphrase) {
        this.passphrase = passphrase;
        admin = TestPostgres.freshDatabase();
        try {
            Files.createDirectories(dir);
            connectionFile = dir.resolve("server.properties");
            Files.writeString(connectionFile, "url=" + admin.url() + "\n", StandardCharsets.UTF_8);
            new ServicesGraph(null, Runnable::run, Clock.systemUTC()).server().initServer(connectionFile, admin.user(),
                    admin.password(), user, displayName, passphrase.toCharArray());
            store = Store.openServer(admin, PersistenceUnits.all().prepare(Runnable::run, StoreKind.POSTGRESQL),
                    new ServerKeys(auditKey()));
        } catch (IOException | WrongCredentialsException e) {
            throw new IllegalStateException("the shared test server could not be set up", e);
        }
        current = accounts.find(store, user).orElseThrow();
    }

    public Path connectionFile() {
        return connectionFile;
    }

    public String passphrase() {
        return passphrase;
    }

    /** The cluster superuser's connection to this database. */
    public ServerConnection admin() {
        return admin;
    }

    private byte[] auditKey() {
        try (Connection c = superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select audit_key from server_secret where id = 1")) {
            rs.next();
            return rs.getBytes(1);
        } catch (SQLException e) {
            throw new IllegalStateException("no audit key (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** A plain JDBC connection as the cluster superuser. */
    public Connection superuser() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", admin.user());
        p.setProperty("password", new String(admin.password()));
        return DriverManager.getConnection(admin.url(), p);
    }

    /** A plain JDBC connection as {@code user}'s login role, the password derived as the application derives it. */
    public Connection connectAs(String user) throws SQLException {
        ServerFile file = ServerFile.read(connectionFile);
        try (ServerConnection login = file.signIn(user, passphrase.toCharArray())) {
            Properties p = new Properties();
            p.setProperty("user", login.user());
            p.setProperty("password", new String(login.password()));
            return DriverManager.getConnection(login.url(), p);
        }
    }

    @Override
    public StoreKind kind() {
        return StoreKind.POSTGRESQL;
    }

    /** The account row (as the superuser) and its login role with a client-computed SCRAM verifier. */
    @Override
    public void addAccount(String user, String displayName, Role role, String agency) {
        accounts.create(store, user, displayName, role, agency);
        ServerFile file = ServerFile.read(connectionFile);
        try (ServerConnection login = file.signIn(user, passphrase.toCharArray())) {
            char[] password = login.password();
            String verifier = ServerLogin.scramVerifier(password, RANDOM);
            java.util.Arrays.fill(password, '\0');
            ServerSetup.createLogin(admin, new ServerSetup.Roles(file.rolePrefix()), user, verifier);
        } catch (WrongCredentialsException e) {
            throw new IllegalStateException("the test cluster refused its superuser", e);
        }
    }

    @Override
    public void signInAs(String user) {
        current = null;
        current = accounts.find(store, user).orElseThrow(() -> new IllegalArgumentException("no account " + user));
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public AccountInfo current() {
        if (current == null || store.isClosed()) {
            throw new StoreUnavailableException("signed out");
        }
        return current;
    }

    @Override
    public void close() {
        current = null;
        store.close();
        admin.close();
    }
}
