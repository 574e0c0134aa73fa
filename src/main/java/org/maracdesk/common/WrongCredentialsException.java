package org.maracdesk.common;

/**
 * The username or passphrase did not open the vault. Deliberately says nothing about which
 * of the two was wrong, so a caller cannot learn which usernames exist.
 */
public final class WrongCredentialsException extends Exception {
    private static final long serialVersionUID = 1L;

    public WrongCredentialsException() {
        super("the username or passphrase is not right");
    }
}
