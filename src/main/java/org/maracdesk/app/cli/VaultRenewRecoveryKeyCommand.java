package org.maracdesk.app.cli;

import java.util.concurrent.Callable;
import org.maracdesk.common.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vault renew-recovery-key}: a new recovery key; the old one stops working and the data key changes. */
@Command(name = "renew-recovery-key", mixinStandardHelpOptions = true,
        description = {"Replace the vault's recovery key (administrator; a new vault's coordinator until an"
                + " administrator exists). The old key stops working and the vault is re-encrypted under a new key.",
                "The new key is printed once: print it or write it down and lock it away from the computer."})
final class VaultRenewRecoveryKeyCommand implements Callable<Integer> {
    @Mixin
    VaultOptions options;

    @Override
    public Integer call() {
        OpenVault vault = CliVault.open(options);
        char[] key = null;
        try {
            key = vault.services().accounts().renewRecoveryKey();
            System.out.println("New recovery key (shown once; the old one no longer works):");
            System.out.println(key);
            return ExitCodes.OK;
        } finally {
            Secrets.wipe(key);
            vault.close();
        }
    }
}
