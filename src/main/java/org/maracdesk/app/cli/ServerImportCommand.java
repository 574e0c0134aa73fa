package org.maracdesk.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.ServerUnreachableException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.security.ImportRefusedException;
import org.maracdesk.security.SessionManager;
import org.maracdesk.security.VaultToServer;
import org.maracdesk.store.ServerFile;
import org.maracdesk.store.ServerImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code server import --vault DIR}: a standalone vault moved onto a shared server, all or nothing (decision 0039). */
@Command(name = "import", mixinStandardHelpOptions = true, description = {"Move a standalone vault onto a shared"
        + " server set up by server init: every table, the accounts (new ones cannot sign in until given a passphrase"
        + " with user reset --server; yours keeps your vault passphrase), and the audit trail, re-sealed with the"
        + " server's key after the vault's own check. One transaction: a failure leaves the server as it was."
        + " Refuses a server that already holds data unless --replace is given. --dry-run only counts."})
final class ServerImportCommand implements Callable<Integer> {
    @Mixin
    ServerCommand.AdminOptions admin;
    @Option(names = "--vault", paramLabel = "DIR", required = true, description = "The vault to move.")
    Path vault;
    @Option(names = "--user", paramLabel = "NAME", required = true, description = "The vault account that manages"
            + " its accounts (its administrator, or its coordinator when it has none).")
    String user;
    @Mixin
    PassphraseInput passphrase;
    @Option(names = "--dry-run", description = "Count what would be moved and what the server holds; change nothing.")
    boolean dryRun;
    @Option(names = "--replace", description = "Delete the server's cases and other data (not its accounts or audit"
            + " trail) and put the vault's in their place, in the same transaction.")
    boolean replace;

    @Override
    public Integer call() {
        admin.requireFile();
        if (!ServerFile.isSetUp(admin.connection)) {
            throw new CliException(ExitCodes.VAULT_PROBLEM, "the connection file " + admin.connection
                    + " names no set-up server: run server init first");
        }
        ServicesGraph services = CliVault.servicesFor(vault);
        SessionManager sessions = services.sessions();
        if (!sessions.vaultExists()) {
            throw new CliException(ExitCodes.VAULT_PROBLEM, "there is no vault in " + vault);
        }
        CliVault.waitForBackOff(services);
        char[] secret = passphrase.read("Passphrase for " + user + " (vault)");
        char[] adminPassword = null;
        try {
            unlock(sessions, secret.clone());
            adminPassword = admin.password();
            PrintStream err = System.err;
            VaultToServer.Result result = services.vaultToServer().run(
                    new VaultToServer.Request(admin.connection, admin.adminUser, dryRun, replace),
                    adminPassword, secret.clone(), progress(err));
            report(result);
            return ExitCodes.OK;
        } catch (ImportRefusedException e) {
            throw new CliException(switch (e.why()) {
                case NOT_PERMITTED -> ExitCodes.NOT_ALLOWED;
                case AUDIT_BROKEN -> ExitCodes.AUDIT_BROKEN;
                case VERSION, NOT_EMPTY -> ExitCodes.VAULT_PROBLEM;
            }, e.getMessage());
        } catch (WrongCredentialsException e) {
            throw new CliException(ExitCodes.WRONG_CREDENTIALS, "the server refused the administrator's user or password;"
                    + " nothing was imported");
        } catch (ServerUnreachableException e) {
            throw new CliException(ExitCodes.SERVER_UNREACHABLE, e.getMessage() + "; nothing was imported");
        } catch (org.maracdesk.common.StoreUnavailableException e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage() + "; nothing was imported");
        } catch (IllegalStateException e) {
            if (!e.getStackTrace()[0].getClassName().startsWith("org.maracdesk.")) {
                throw e;
            }
            throw new CliException(ExitCodes.FAILED, "the import failed and was undone, the server is as it was ("
                    + e.getMessage() + ")");
        } finally {
            Secrets.wipe(secret);
            Secrets.wipe(adminPassword);
            try {
                sessions.lock();
            } catch (RuntimeException e) {
                // not unlocked
            }
        }
    }

    private void unlock(SessionManager sessions, char[] secret) {
        try {
            sessions.unlock(user, secret);
        } catch (WrongCredentialsException e) {
            throw new CliException(ExitCodes.WRONG_CREDENTIALS,
                    "could not unlock the vault: the username or passphrase is not right");
        }
    }

    /** One line about every tenth of the rows; counts and table names only. */
    static ServerImport.RowProgress progress(PrintStream err) {
        long[] next = {0};
        return (rows, total, table) -> {
            if (total > 0 && rows >= next[0] && rows < total) {
                err.println("Copied " + rows + " of " + total + " rows (now " + table + ")");
                next[0] = rows + Math.max(1, total / 10);
            }
        };
    }

    private void report(VaultToServer.Result r) {
        long rows = r.vaultRows().values().stream().mapToLong(Long::longValue).sum();
        long held = r.serverRowsBefore().entrySet().stream().filter(e -> !ServerImport.SEEDED.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        if (r.dryRun()) {
            System.out.printf("%-28s %10s %10s%n", "table", "vault", "server");
            r.vaultRows().forEach((t, n) -> System.out.printf("%-28s %10d %10d%n", t, n,
                    r.serverRowsBefore().getOrDefault(t, 0L)));
            System.out.println("Audit entries to carry: " + r.auditEntries() + ". Accounts to add: "
                    + (r.accountsAdded().isEmpty() ? "none" : String.join(", ", r.accountsAdded())) + (r.accountsKept().isEmpty() ? "" : "; already on the server"
                    + " (kept as they are): " + String.join(", ", r.accountsKept())) + ".");
            System.out.println(held == 0 ? "Dry run: nothing was changed. The server holds no data yet; an import would"
                    + " move " + r.vaultCases() + " case(s), " + rows + " rows in all."
                    : "Dry run: nothing was changed. The server already holds " + held + " row(s) of data: an import"
                    + " would be refused unless --replace is given.");
            return;
        }
        System.out.println("Imported " + r.vaultCases() + " case(s), " + rows + " rows in " + r.vaultRows().size()
                + " tables, into the shared server" + (held > 0 ? " (its earlier data replaced)" : "") + ".");
        System.out.println("Audit trail: " + r.auditEntries() + " entries re-sealed with the server's key as entries "
                + r.firstAuditSeq() + "-" + r.lastAuditSeq() + "; the whole chain verifies.");
        System.out.println("Accounts added: " + (r.accountsAdded().isEmpty() ? "none" : String.join(", ", r.accountsAdded()))
                + (r.accountsKept().isEmpty() ? "" : "; kept as the server had them: "
                + String.join(", ", r.accountsKept())) + ".");
        System.out.println((r.accountsAdded().contains(user) ? user + " signs in to the server with the vault passphrase."
                : user + " signs in to the server with its server passphrase.") + " Give every other account a"
                + " passphrase with: user reset --server " + admin.connection + " --user " + user + " --target NAME");
    }
}
