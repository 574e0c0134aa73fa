package org.maracdesk.security;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.Usernames;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.store.KdfParameters;
import org.maracdesk.store.PersistenceUnit;
import org.maracdesk.store.ServerConnection;
import org.maracdesk.store.ServerFile;
import org.maracdesk.store.ServerKeys;
import org.maracdesk.store.ServerLogin;
import org.maracdesk.store.ServerSetup;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared mode's counterpart of creating and unlocking a vault (decision 0024): {@code server init} sets
 * up a PostgreSQL database with its roles, schema, row-level security and first coordinator, and
 * {@link #signIn} opens the store as one account's own login role, its password derived from the
 * passphrase on this machine. A signed-in server session is held by the {@link SessionManager}, so every
 * service of the one graph works on it unchanged. Passphrases passed in are wiped before a call returns.
 */
public final class ServerAccess {
    private static final Logger LOG = LoggerFactory.getLogger(ServerAccess.class);
    private final SessionManager sessions;
    private final PersistenceUnit persistence;
    private final AccountService accounts;
    private final AuditLog audit;
    private final SecureRandom random;

    public ServerAccess(SessionManager sessions, PersistenceUnit persistence, AccountService accounts, AuditLog audit,
                        SecureRandom random) {
        this.sessions = sessions;
        this.persistence = persistence;
        this.accounts = accounts;
        this.audit = audit;
        this.random = random;
    }

    /**
     * Sets up the database named in {@code connectionFile}'s url as the PostgreSQL administrator
     * {@code adminUser}, with {@code username} as its first account (a coordinator), and adds to the file
     * what clients need before they sign in. {@code adminPassword} and {@code passphrase} are wiped.
     */
    public void initServer(Path connectionFile, String adminUser, char[] adminPassword, String username,
                           String displayName, char[] passphrase) throws WrongCredentialsException {
        try {
            PassphrasePolicy.requireAcceptable(passphrase);
            if (ServerFile.isSetUp(connectionFile)) {
                throw new StoreUnavailableException("the connection file already names a set-up server ("
                        + ServerFile.SALT + " is there)");
            }
            String user = Usernames.require(username);
            String url = ServerFile.readUrl(connectionFile);
            try (ServerConnection admin = new ServerConnection(url, adminUser, adminPassword.clone())) {
                ServerSetup.Roles roles = ServerSetup.rolesFor(admin);
                ServerFile.loginRole(roles.prefix(), user);
                byte[] key = ServerSetup.init(admin, roles, random);
                try (ServerKeys keys = new ServerKeys(key);
                     Store store = Store.openServer(admin, persistence.prepare(Runnable::run, StoreKind.POSTGRESQL),
                             keys)) {
                    accounts.create(store, user, displayName, Role.COORDINATOR, null);
                    audit.append(store, user, AuditAction.VAULT_CREATED, "server", roles.prefix(), null);
                }
                byte[] salt = new byte[32];
                random.nextBytes(salt);
                KdfParameters kdf = KdfParameters.defaults();
                char[] password = ServerLogin.password(passphrase, salt, user, kdf);
                String verifier;
                try {
                    verifier = ServerLogin.scramVerifier(password, random);
                } finally {
                    Secrets.wipe(password);
                }
                ServerSetup.createLogin(admin, roles, user, verifier);
                ServerFile.writeSetup(connectionFile, salt, roles.prefix(), kdf);
                LOG.info("Shared server set up with its first account");
            }
        } finally {
            Secrets.wipe(adminPassword);
            Secrets.wipe(passphrase);
        }
    }

    /** Signs in to the server of {@code connectionFile} as {@code username}; the session manager holds the session. */
    public AccountInfo signIn(Path connectionFile, String username, char[] passphrase) throws WrongCredentialsException {
        Store opened;
        String user;
        ServerFile file;
        try {
            file = ServerFile.read(connectionFile);
            user = Usernames.require(username);
            try (ServerConnection login = file.signIn(user, passphrase.clone())) {
                opened = Store.signInServer(login, persistence.prepare(Runnable::run, StoreKind.POSTGRESQL));
            }
        } catch (IllegalArgumentException e) {
            throw new WrongCredentialsException();
        } finally {
            Secrets.wipe(passphrase);
        }
        try {
            AccountInfo found = accounts.find(opened, user).orElseThrow(() -> new StoreUnavailableException(
                    "this server has no account for the username you entered; ask your administrator"));
            // From the head the server's last whole check found intact; the window checks the whole chain after (0084).
            AuditReport report = sessions.verifier().verifySinceAnchor(opened);
            sessions.rememberAudit(report);
            if (!report.intact()) {
                LOG.error("Audit trail check failed at entry {}", report.firstBadSeq());
            }
            audit.append(opened, found.username(), AuditAction.UNLOCKED, "server", null, null);
            sessions.beginOnServer(opened, found, file);
            LOG.info("Signed in to a shared server");
            return found;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /**
     * Adds an account to the signed-in shared server: its row and its login role, through the
     * permission-checked function {@code marac_add_account}, with a verifier of the password derived from
     * {@code passphrase} (wiped) on this machine. Administrators, or a coordinator while there is none.
     */
    public AccountInfo addAccount(Path connectionFile, String username, String displayName, Role role,
                                  String agencyCode, char[] passphrase) {
        String verifier;
        String user;
        try {
            Store store = sessions.store();
            if (store.kind() != StoreKind.POSTGRESQL) {
                throw new IllegalStateException("not signed in to a shared server");
            }
            user = Usernames.require(username);
            PassphrasePolicy.requireAcceptable(passphrase);
            ServerFile file = ServerFile.read(connectionFile);
            file.loginRole(user);
            char[] password = ServerLogin.password(passphrase, file.salt(), user, file.kdf());
            try {
                verifier = ServerLogin.scramVerifier(password, random);
            } finally {
                Secrets.wipe(password);
            }
        } finally {
            Secrets.wipe(passphrase);
        }
        AccountInfo who = sessions.current();
        Store store = sessions.store();
        String refused = store.withConnection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("select marac_add_account(?, ?, ?, ?, ?)")) {
                ps.setString(1, user);
                ps.setString(2, displayName);
                ps.setString(3, role.name());
                ps.setString(4, agencyCode);
                ps.setString(5, verifier);
                ps.execute();
                return null;
            } catch (java.sql.SQLException e) {
                return String.valueOf(e.getSQLState());
            }
        });
        if ("42501".equals(refused)) {
            throw new NotPermittedException(who.role(), Permission.MANAGE_ACCOUNTS);
        }
        if (refused != null) {
            throw new IllegalArgumentException("the server refused the account (SQLState " + refused + "): "
                    + ("23505".equals(refused) || "42710".equals(refused) ? "that username is taken"
                    : "check the username, display name, role and agency"));
        }
        audit.append(store, who.username(), AuditAction.ACCOUNT_ADDED, "account", user, null);
        return accounts.find(store, user).orElseThrow();
    }

    /**
     * Removes an account from the signed-in shared server (decision 0031), through the permission-checked
     * function {@code marac_remove_account}: the account is deactivated (its history stays), its login role
     * can no longer log in and has no password, and its open connections are ended at once. Audited.
     * Returns how many open connections were ended.
     */
    public int removeAccount(String username) {
        AccountInfo who = sessions.current();
        Store store = serverStore();
        String user = Usernames.normalise(username);
        if (user.equals(who.username())) {
            throw new IllegalArgumentException("you cannot remove your own account");
        }
        int ended = callAccountFunction(store, who, "select marac_remove_account(?)", user, null);
        audit.append(store, who.username(), AuditAction.ACCOUNT_REMOVED, "account", user, null);
        LOG.info("Account removed on a shared server; {} open connection(s) ended", ended);
        return ended;
    }

    /**
     * Gives another account of the signed-in shared server a new passphrase (decision 0031): its login role
     * gets the verifier of the password derived from {@code passphrase} (wiped) on this machine, through
     * {@code marac_reset_login}, and its open connections are ended, so the old passphrase opens nothing
     * from now on. Audited. Returns how many open connections were ended.
     */
    public int resetPassphrase(Path connectionFile, String username, char[] passphrase) {
        String verifier;
        String user;
        try {
            serverStore();
            user = Usernames.require(username);
            PassphrasePolicy.requireAcceptable(passphrase);
            ServerFile file = ServerFile.read(connectionFile);
            file.loginRole(user);
            char[] password = ServerLogin.password(passphrase, file.salt(), user, file.kdf());
            try {
                verifier = ServerLogin.scramVerifier(password, random);
            } finally {
                Secrets.wipe(password);
            }
        } finally {
            Secrets.wipe(passphrase);
        }
        AccountInfo who = sessions.current();
        Store store = sessions.store();
        int ended = callAccountFunction(store, who, "select marac_reset_login(?, ?)", user, verifier);
        audit.append(store, who.username(), AuditAction.PASSPHRASE_RESET, "account", user, null);
        LOG.info("Passphrase reset on a shared server; {} open connection(s) ended", ended);
        return ended;
    }

    private Store serverStore() {
        Store store = sessions.store();
        if (store.kind() != StoreKind.POSTGRESQL) {
            throw new IllegalStateException("not signed in to a shared server");
        }
        return store;
    }

    /** Calls one of the server's account functions; its refusal by SQLState as the services report it. */
    private static int callAccountFunction(Store store, AccountInfo who, String sql, String user, String verifier) {
        Object result = store.withConnection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, user);
                if (verifier != null) {
                    ps.setString(2, verifier);
                }
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return (Object) rs.getInt(1);
                }
            } catch (java.sql.SQLException e) {
                return String.valueOf(e.getSQLState());
            }
        });
        if (result instanceof Integer ended) {
            return ended;
        }
        if ("42501".equals(result)) {
            throw new NotPermittedException(who.role(), Permission.MANAGE_ACCOUNTS);
        }
        throw new IllegalArgumentException("the server refused (SQLState " + result + "): there is no active account "
                + user + ", or it is your own");
    }
}
