package org.maracdesk.security;

import java.security.SecureRandom;
import org.maracdesk.common.Secrets;
import org.maracdesk.store.Vault;
import org.maracdesk.common.WrongCredentialsException;

/**
 * Asks the signed-in user to prove it is still them before anything leaves the machine: the
 * passphrase must unwrap their own key slot. The passphrase is wiped.
 */
public final class PassphraseConfirmation {
    private final SessionManager sessions;
    private final Vault vault;

    public PassphraseConfirmation(SessionManager sessions, SecureRandom random) {
        this.sessions = sessions;
        this.vault = new Vault(random);
    }

    public void confirm(char[] passphrase) throws WrongCredentialsException {
        try {
            if (passphrase == null || passphrase.length == 0) {
                throw new WrongCredentialsException();
            }
            vault.unlock(sessions.vaultDir(), sessions.current().username(), passphrase).close();
        } finally {
            Secrets.wipe(passphrase);
        }
    }
}
