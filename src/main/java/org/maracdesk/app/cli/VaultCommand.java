package org.maracdesk.app.cli;

import java.util.concurrent.Callable;
import org.maracdesk.security.PassphrasePolicy;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.IntegrityCheck;
import org.maracdesk.common.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vault init} and {@code vault check}. */
@Command(name = "vault", description = "Create or check a vault.", mixinStandardHelpOptions = true,
        subcommands = {VaultCommand.Init.class, VaultCommand.Check.class, VaultPasswdCommand.class,
            VaultRecoverCommand.class, VaultRenewRecoveryKeyCommand.class})
public final class VaultCommand {

    @Command(name = "init", description = "Create a new vault and its first account (a coordinator).",
            mixinStandardHelpOptions = true)
    static final class Init implements Callable<Integer> {
        @Mixin
        VaultOptions options;

        @Option(names = "--display-name", paramLabel = "TEXT", description = "Name shown in the application.")
        String displayName;

        @Override
        public Integer call() {
            SessionManager sessions = CliVault.sessionsFor(options.requireVault("vault init (use server init)"));
            if (sessions.vaultExists()) {
                throw new CliException(ExitCodes.VAULT_PROBLEM, "a vault already exists in " + options.vault);
            }
            char[] passphrase = options.passphrase.read("New passphrase for " + options.user);
            try {
                PassphrasePolicy.requireAcceptable(passphrase);
            } catch (IllegalArgumentException e) {
                Secrets.wipe(passphrase);
                throw new CliException(ExitCodes.USAGE, "the passphrase is not acceptable: " + e.getMessage());
            }
            String name = displayName == null || displayName.isBlank() ? options.user : displayName;
            SessionManager.NewVault created = sessions.createVault(name, options.user, Role.COORDINATOR, passphrase);
            sessions.lock();
            System.out.println("Created a vault in " + options.vault.toAbsolutePath() + " with the account "
                    + options.user + " (coordinator).");
            System.out.println("Recovery key (shown only now; write it down and keep it apart from this computer):");
            System.out.println(created.recoveryKey());
            Secrets.wipe(created.recoveryKey());
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", description = "Unlock a vault, read every record and report its health.",
            mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {
        @Mixin
        VaultOptions options;

        @Override
        public Integer call() {
            OpenVault vault = CliVault.open(options);
            SessionManager sessions = vault.sessions();
            try {
                IntegrityCheck.Report r = IntegrityCheck.run(sessions.store());
                if (options.onServer()) {
                    System.out.println("Server OK: " + options.where() + ", schema version " + r.schemaVersion()
                            + ", " + r.tables() + " tables, " + r.rows() + " records visible to " + options.user + ".");
                    return ExitCodes.OK;
                }
                System.out.println("Vault OK: " + options.vault.toAbsolutePath() + ", schema version "
                        + r.schemaVersion() + ", " + r.tables() + " tables, " + r.rows() + " records, "
                        + sessions.vaultUsers() + (sessions.vaultUsers() == 1 ? " account." : " accounts."));
                return ExitCodes.OK;
            } finally {
                vault.close();
            }
        }
    }
}
