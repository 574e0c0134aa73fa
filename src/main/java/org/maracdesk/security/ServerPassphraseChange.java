package org.maracdesk.security;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.store.DriverPasswords;
import org.maracdesk.store.ServerConnection;
import org.maracdesk.store.ServerFile;
import org.maracdesk.store.ServerLogin;
import org.maracdesk.store.Store;

/**
 * The signed-in account changes its own passphrase on a shared server (decision 0053). The current passphrase
 * must give the login password the session signed in with; the new one's derived password reaches the server only
 * as a SCRAM verifier computed here, set on the account's own login role by {@code marac_change_own_login} in the
 * same transaction as the audit entry. After the commit this process signs new connections in with the new
 * password; connections already open stay, so the session goes on. The old passphrase opens nothing any more.
 */
final class ServerPassphraseChange {
    private final AuditLog audit;
    private final SecureRandom random;

    ServerPassphraseChange(AuditLog audit, SecureRandom random) {
        this.audit = audit;
        this.random = random;
    }

    /** Both passphrases are wiped by the caller. */
    void change(Store store, ServerFile file, String user, char[] current, char[] next)
            throws WrongCredentialsException {
        try (ServerConnection old = file.signIn(user, current.clone())) { // signIn wipes its copy
            if (!DriverPasswords.signedInWith(old)) {
                throw new WrongCredentialsException();
            }
        }
        try (ServerConnection fresh = file.signIn(user, next.clone())) {
            String verifier;
            char[] password = fresh.password();
            try {
                verifier = ServerLogin.scramVerifier(password, random);
            } finally {
                Secrets.wipe(password);
            }
            String refused = store.withConnection(c -> commit(c, user, verifier, fresh));
            if (refused != null) {
                throw new StoreUnavailableException("the server did not change the passphrase (SQLState " + refused
                        + "); nothing was changed: try again, or ask the administrator");
            }
        }
    }

    /** The login's new verifier and the audit entry in one transaction; null when done, else the SQLState. */
    private String commit(Connection c, String user, String verifier, ServerConnection fresh) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (PreparedStatement ps = c.prepareStatement("select marac_change_own_login(?)")) {
                ps.setString(1, verifier);
                ps.execute();
            }
            audit.appendOnServer(c, user, AuditAction.PASSPHRASE_CHANGED, "account", user, null);
            DriverPasswords.changeOnCommit(fresh, c::commit);
            return null;
        } catch (SQLException e) {
            c.rollback();
            return String.valueOf(e.getSQLState());
        } catch (RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
