package org.maracdesk.app.cli;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
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

        @Override
        public Integer call() {
            SessionManager sessions = CliVault.open(options);
            try {
                return run(new AccountAdministration(sessions, new AccountService(Clock.systemUTC())));
            } finally {
                sessions.lock();
            }
        }

        abstract int run(AccountAdministration admin);
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
            AccountInfo added = admin.add(newUser, displayName, parseRole(role), agency, passphrase.read());
            System.out.println("Added " + added.username() + " (" + label(added.role()) + ").");
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove an account: its key slot is deleted; its history stays in the audit trail.")
    static final class Remove extends Admin {
        @Option(names = "--target", paramLabel = "NAME", required = true) String target;

        @Override
        int run(AccountAdministration admin) {
            admin.remove(target);
            System.out.println("Removed " + target + ": that passphrase no longer opens the vault.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, description = "Give another account a new passphrase.")
    static final class Reset extends Admin {
        @Option(names = "--target", paramLabel = "NAME", required = true) String target;
        @Mixin NewPassphraseInput passphrase;

        @Override
        int run(AccountAdministration admin) {
            admin.resetPassphrase(target, passphrase.read());
            System.out.println("New passphrase set for " + target + " (recorded in the audit trail).");
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
}
