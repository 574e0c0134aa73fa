package org.maracdesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.common.WrongCredentialsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vault recover}: a forgotten passphrase replaced using the vault's recovery key. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Give an account a new passphrase using the vault's recovery key (recorded in the audit trail).")
final class VaultRecoverCommand implements Callable<Integer> {
    @Option(names = "--vault", paramLabel = "DIR", required = true, description = "The vault folder.")
    Path vault;

    @Option(names = "--user", paramLabel = "NAME", required = true, description = "The account to recover.")
    String user;

    @Option(names = "--recovery-key-file", paramLabel = "FILE",
            description = "Read the recovery key from FILE; otherwise you are asked.")
    Path keyFile;

    @Mixin
    NewPassphraseInput next;

    @Override
    public Integer call() {
        ServicesGraph services = CliVault.servicesFor(vault);
        if (!services.sessions().vaultExists()) {
            throw new CliException(ExitCodes.VAULT_PROBLEM, "there is no vault in " + vault);
        }
        char[] fresh = next.read();
        char[] key = keyFile != null ? PassphraseInput.fromFile(keyFile) : askKey();
        try {
            services.maintenance().recover(user, key, fresh);
        } catch (WrongCredentialsException e) {
            throw new CliException(ExitCodes.WRONG_CREDENTIALS, "that recovery key does not open this vault");
        }
        System.out.println("New passphrase set for " + user + ". The vault is re-encrypted under a new key, so the old"
                + " passphrase opens nothing. The recovery key still works; renew it if it was exposed.");
        return ExitCodes.OK;
    }

    private static char[] askKey() {
        java.io.Console console = System.console();
        if (console == null) {
            throw new CliException(ExitCodes.USAGE, "no recovery key given: use --recovery-key-file FILE");
        }
        return console.readPassword("Recovery key: ");
    }
}
