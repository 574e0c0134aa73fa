package org.maracdesk.security;

import org.maracdesk.common.Secrets;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.store.DriverPasswords;
import org.maracdesk.store.ServerConnection;
import org.maracdesk.store.ServerFile;
import org.maracdesk.store.Vault;

/**
 * Asks the signed-in user to prove it is still them before anything leaves the machine: on a vault the
 * passphrase must unwrap their own key slot; on a shared server it must give the login password the session
 * signed in with. The passphrase is wiped.
 */
public final class PassphraseConfirmation {
    private final SessionManager sessions;
    private final Vault vault = new Vault(new java.security.SecureRandom());

    public PassphraseConfirmation(SessionManager sessions) {
        this.sessions = sessions;
    }

    /** On a vault or a shared server alike (the session knows which); the passphrase is wiped. */
    public void confirm(char[] passphrase) throws WrongCredentialsException {
        try {
            if (passphrase == null || passphrase.length == 0) {
                throw new WrongCredentialsException();
            }
            String user = sessions.current().username();
            ServerFile server = sessions.serverFile();
            if (server == null) {
                vault.unlock(sessions.vaultDir(), user, passphrase).close(); // wiped below whether or not unlock does
                return;
            }
            try (ServerConnection derived = server.signIn(user, passphrase.clone())) { // signIn wipes its copy
                if (!DriverPasswords.signedInWith(derived)) {
                    throw new WrongCredentialsException();
                }
            }
        } finally {
            Secrets.wipe(passphrase);
        }
    }
}
