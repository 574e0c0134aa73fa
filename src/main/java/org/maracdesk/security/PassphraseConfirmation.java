package org.maracdesk.security;

import org.maracdesk.common.WrongCredentialsException;

/**
 * Asks the signed-in user to prove it is still them before anything leaves the machine: on a vault the
 * passphrase must unwrap their own key slot; on a shared server it must give the login password the session
 * signed in with. The passphrase is wiped.
 */
public final class PassphraseConfirmation {
    private final SessionManager sessions;

    public PassphraseConfirmation(SessionManager sessions) {
        this.sessions = sessions;
    }

    /** On a vault or a shared server alike (the session knows which); the passphrase is wiped. */
    public void confirm(char[] passphrase) throws WrongCredentialsException {
        sessions.confirmPassphrase(passphrase);
    }
}
