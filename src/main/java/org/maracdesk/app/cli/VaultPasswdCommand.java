package org.maracdesk.app.cli;

import java.util.concurrent.Callable;
import org.maracdesk.security.SessionManager;
import org.maracdesk.common.WrongCredentialsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code vault passwd}: change your own passphrase (rewrites your key slot only; with {@code --server}, your
 * login's password on the shared server).
 */
@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = "Change your passphrase. Only your key slot in vault.json is rewritten; with --server FILE,"
                + " your login's password on the shared server.")
final class VaultPasswdCommand implements Callable<Integer> {
    @Mixin
    VaultOptions options;

    @Mixin
    NewPassphraseInput next;

    @Override
    public Integer call() {
        char[] fresh = next.read();
        OpenVault vault = CliVault.open(options);
        SessionManager sessions = vault.sessions();
        try {
            sessions.changePassphrase(options.passphrase.read("Current passphrase"), fresh);
            System.out.println("Passphrase changed for " + options.user + (options.server != null
                    ? " on the shared server; sign in with the new one from now on." : "."));
            return ExitCodes.OK;
        } catch (WrongCredentialsException e) {
            throw new CliException(ExitCodes.WRONG_CREDENTIALS, "the current passphrase is not right");
        } finally {
            vault.close();
        }
    }
}
