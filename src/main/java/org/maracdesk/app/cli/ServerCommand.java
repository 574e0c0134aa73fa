package org.maracdesk.app.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.ServerUnreachableException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.store.ServerConnection;
import org.maracdesk.store.ServerFile;
import org.maracdesk.store.ServerSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code server init} and {@code server upgrade}: a shared PostgreSQL server, set up by its administrator. */
@Command(name = "server", description = "Set up, upgrade or fill a shared PostgreSQL server.", mixinStandardHelpOptions = true,
        subcommands = {ServerCommand.Init.class, ServerCommand.Upgrade.class, ServerCommand.LoginPassword.class,
                ServerImportCommand.class})
public final class ServerCommand {
    static final String ADMIN_ENV = "MARAC_DESK_ADMIN_PASSWORD";

    /** The PostgreSQL administrator's credentials. */
    static final class AdminOptions {
        @Option(names = "--connection", paramLabel = "FILE", required = true,
                description = "The connection file: at least url=jdbc:postgresql://HOST:PORT/DB (server init adds to it).")
        Path connection;
        @Option(names = "--admin-user", paramLabel = "PGUSER", required = true,
                description = "A PostgreSQL role that may create roles and owns or may alter the database.")
        String adminUser;
        @Option(names = "--admin-password-file", paramLabel = "FILE",
                description = "Read that role's password from FILE; otherwise " + ADMIN_ENV + ", or you are asked.")
        Path adminPasswordFile;

        char[] password() {
            if (adminPasswordFile != null) {
                return PassphraseInput.fromFile(adminPasswordFile);
            }
            String env = System.getenv(ADMIN_ENV);
            if (env != null && !env.isEmpty()) {
                return env.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new CliException(ExitCodes.USAGE, "no administrator password: use --admin-password-file FILE or set "
                        + ADMIN_ENV);
            }
            return console.readPassword("PostgreSQL password for %s: ", adminUser);
        }

        void requireFile() {
            if (!Files.isRegularFile(connection)) {
                throw new CliException(ExitCodes.VAULT_PROBLEM, "there is no connection file " + connection);
            }
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true, description = {"Set up a shared server once: the schema"
            + " (under an owner role without login), a group role for the application, grants, account functions and"
            + " row-level security, and the first account (a coordinator) as its own PostgreSQL login role, its"
            + " password derived from the passphrase on this machine. Adds the server's salt and role prefix to FILE."})
    static final class Init implements Callable<Integer> {
        @Mixin
        AdminOptions admin;
        @Option(names = "--user", paramLabel = "NAME", required = true, description = "The first account's username.")
        String user;
        @Option(names = "--display-name", paramLabel = "TEXT", description = "Name shown in the application.")
        String displayName;
        @Mixin
        PassphraseInput passphrase;

        @Override
        public Integer call() {
            admin.requireFile();
            char[] adminPassword = admin.password();
            char[] secret;
            try {
                secret = passphrase.read("New passphrase for " + user);
            } catch (RuntimeException e) {
                Secrets.wipe(adminPassword);
                throw e;
            }
            ServicesGraph services = new ServicesGraph(null, Runnable::run, CliVault.CLOCK);
            String name = displayName == null || displayName.isBlank() ? user : displayName;
            try {
                services.server().initServer(admin.connection, admin.adminUser, adminPassword, user, name, secret);
            } catch (WrongCredentialsException e) {
                throw new CliException(ExitCodes.WRONG_CREDENTIALS, "the server refused the administrator's user or password");
            } catch (ServerUnreachableException e) {
                throw new CliException(ExitCodes.SERVER_UNREACHABLE, e.getMessage());
            }
            ServerFile file = ServerFile.read(admin.connection);
            System.out.println("Set up the shared server in " + admin.connection.toAbsolutePath() + " with the account "
                    + user + " (coordinator, PostgreSQL login role " + file.loginRole(user) + ").");
            System.out.println("Give clients a copy of the connection file: it holds no password.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "upgrade", mixinStandardHelpOptions = true, description = {"Apply new migrations (as the owner"
            + " role) and the grants, account functions and row-level security of this version again."})
    static final class Upgrade implements Callable<Integer> {
        @Mixin
        AdminOptions admin;

        @Override
        public Integer call() {
            admin.requireFile();
            ServerFile file = ServerFile.read(admin.connection);
            try (ServerConnection c = new ServerConnection(file.url(), admin.adminUser, admin.password())) {
                ServerSetup.upgrade(c, new ServerSetup.Roles(file.rolePrefix()));
            } catch (WrongCredentialsException e) {
                throw new CliException(ExitCodes.WRONG_CREDENTIALS, "the server refused the administrator's user or password");
            } catch (ServerUnreachableException e) {
                throw new CliException(ExitCodes.SERVER_UNREACHABLE, e.getMessage());
            }
            System.out.println("The shared server is up to date.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "login-password", mixinStandardHelpOptions = true, description = {"Write your PostgreSQL login"
            + " role and its password (derived from your passphrase, as the application derives it) to a new file"
            + " readable only by you, in the form psql's PGPASSFILE reads, so you can connect with psql and see what"
            + " the database lets your account see. Delete the file when done: it signs you in."})
    static final class LoginPassword implements Callable<Integer> {
        @Option(names = "--server", paramLabel = "FILE", required = true, description = "The connection file.")
        Path server;
        @Option(names = "--user", paramLabel = "NAME", required = true, description = "Your username.")
        String user;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "A new file to write.")
        Path out;
        @Mixin
        PassphraseInput passphrase;

        @Override
        public Integer call() throws java.io.IOException {
            if (Files.exists(out)) {
                throw new CliException(ExitCodes.USAGE, "--out: " + out + " exists already");
            }
            ServerFile file = ServerFile.read(server);
            String[] hostPortDb = file.url().substring("jdbc:postgresql://".length()).split("[/?]");
            String host = hostPortDb[0].contains(":") ? hostPortDb[0].replaceAll(":.*", "") : hostPortDb[0];
            String port = hostPortDb[0].contains(":") ? hostPortDb[0].replaceAll(".*:", "") : "5432";
            try (ServerConnection login = file.signIn(user, passphrase.read("Passphrase for " + user))) {
                org.maracdesk.store.OwnerOnlyFiles.createFile(out);
                char[] password = login.password();
                try (var w = Files.newBufferedWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
                    w.write(host + ":" + port + ":" + hostPortDb[1] + ":" + login.user() + ":");
                    w.write(password);
                    w.write("\n");
                } finally {
                    Secrets.wipe(password);
                }
                System.out.println("Wrote the password of the login role " + login.user() + " to " + out
                        + " (readable only by you). psql: PGPASSFILE=" + out + " psql -h " + host + " -p " + port
                        + " -U " + login.user() + " " + hostPortDb[1]);
            }
            return ExitCodes.OK;
        }
    }
}
