package org.maracdesk.app.cli;

import java.util.List;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code user add|remove|reset|list}: accounts, each with its own key slot (administrators). */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage accounts (administrators).",
        subcommands = {UserCommand.Add.class, UserCommand.Remove.class, UserCommand.Reset.class,
            UserCommand.ListAccounts.class})
public final class UserCommand {

    abstract static class Admin implements Callable<Integer> {
        @Mixin
        VaultOptions options;

        OpenVault vault;

        @Override
        public Integer call() {
            vault = CliVault.open(options);
            try {
                return run(vault.services().accounts());
            } finally {
                vault.close();
            }
        }

        abstract int run(AccountAdministration admin);

        /** After a change of key: the automatic backups made before it, deleted when asked, else named. */
        void olderBackups(java.util.List<org.maracdesk.security.BackupAdministration.AutomaticBackup> older,
                          boolean delete, String who) {
            if (older.isEmpty()) {
                return;
            }
            if (delete) {
                int n = vault.services().backups().deleteAutomaticBackups(older);
                System.out.println("Deleted " + n + (n == 1 ? " automatic backup" : " automatic backups")
                        + " made before this change.");
            } else {
                System.out.println((older.size() == 1 ? "1 automatic backup made before this change still opens"
                        : older.size() + " automatic backups made before this change still open") + " with " + who + "'s old passphrase (in " + vault.services().backups().automaticBackupFolder()
                        + "). Run the command with --delete-older-backups to delete them, or delete them by hand.");
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account with its own passphrase.")
    static final class Add extends Admin {
        @Option(names = "--new-user", paramLabel = "NAME", required = true) String newUser;
        @Option(names = "--display-name", paramLabel = "TEXT", required = true) String displayName;
        @Option(names = "--role", paramLabel = "ROLE", required = true,
                description = "coordinator, chair, agency-representative, idva or administrator") String role;
        @Option(names = "--agency", paramLabel = "CODE", description = "For an agency representative: e.g. police.")
        String agency;
        @Mixin NewPassphraseInput passphrase;

        @Override
        int run(AccountAdministration admin) {
            AccountInfo added = options.onServer()
                    ? vault.services().server().addAccount(options.server, newUser, displayName, parseRole(role),
                            agency, passphrase.read())
                    : admin.add(newUser, displayName, parseRole(role), agency, passphrase.read());
            System.out.println("Added " + added.username() + " (" + label(added.role()) + ").");
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove an account: its key slot is deleted and the vault is re-encrypted under a new key;"
                    + " its history stays in the audit trail.")
    static final class Remove extends Admin {
        @Option(names = "--target", paramLabel = "NAME", required = true) String target;
        @Option(names = "--delete-older-backups", description = "Also delete the automatic backups made before"
                + " the removal (they still open with the removed account's passphrase).")
        boolean deleteOlder;

        @Override
        int run(AccountAdministration admin) {
            if (options.onServer()) {
                int ended = vault.services().server().removeAccount(target);
                System.out.println("Removed " + target + " from the shared server: its login role can no longer sign"
                        + " in" + (ended == 0 ? "" : " and its " + ended + " open connection(s) were ended")
                        + "; its history stays in the audit trail. Backups of the server (pg_dump) made before"
                        + " still hold what it could see.");
                return ExitCodes.OK;
            }
            var older = vault.services().backups().automaticBackups();
            List<String> dropped = admin.remove(target);
            System.out.println("Removed " + target + ". The vault is re-encrypted under a new key: neither that"
                    + " passphrase nor any copy of the old vault.json opens it. Backups made before now still open"
                    + " with the passphrases of their time; delete those that could reach this person.");
            warnDropped(dropped);
            olderBackups(older, deleteOlder, target);
            return ExitCodes.OK;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, description = "Give another account a new passphrase.")
    static final class Reset extends Admin {
        @Option(names = "--target", paramLabel = "NAME", required = true) String target;
        @Mixin NewPassphraseInput passphrase;
        @Option(names = "--delete-older-backups", description = "Also delete the automatic backups made before"
                + " the reset (they still open with the old passphrase).")
        boolean deleteOlder;

        @Override
        int run(AccountAdministration admin) {
            if (options.onServer()) {
                int ended = vault.services().server().resetPassphrase(options.server, target, passphrase.read());
                System.out.println("New passphrase set for " + target + " on the shared server (recorded in the audit"
                        + " trail): the old one no longer signs in" + (ended == 0 ? "" : ", and its " + ended
                        + " open connection(s) were ended") + ".");
                return ExitCodes.OK;
            }
            var older = vault.services().backups().automaticBackups();
            List<String> dropped = admin.resetPassphrase(target, passphrase.read());
            System.out.println("New passphrase set for " + target + " (recorded in the audit trail). The vault is"
                    + " re-encrypted under a new key, so the old passphrase opens nothing.");
            warnDropped(dropped);
            olderBackups(older, deleteOlder, target);
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List active accounts.")
    static final class ListAccounts extends Admin {
        @Override
        int run(AccountAdministration admin) {
            for (AccountInfo a : admin.list()) {
                System.out.println(a.username() + "\t" + label(a.role()) + (a.agencyCode() == null ? ""
                        : "\t" + a.agencyCode()));
            }
            return ExitCodes.OK;
        }
    }

    static Role parseRole(String text) {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "--role: " + text + " is not a role; use coordinator, chair,"
                    + " agency-representative, idva or administrator");
        }
    }

    static String label(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static void warnDropped(List<String> dropped) {
        if (!dropped.isEmpty()) {
            System.out.println("These accounts were set up by an older version and never signed in since, so they"
                    + " could not be carried to the new key; reset their passphrases: " + String.join(", ", dropped));
        }
    }
}
