package org.maracdesk.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command that opens a vault or signs in to a shared server shares. */
public final class VaultOptions {
    @Option(names = "--vault", paramLabel = "DIR", description = "The vault folder (or --server).")
    public Path vault;

    @Option(names = "--server", paramLabel = "FILE",
            description = "A shared server's connection file, written by server init (instead of --vault).")
    public Path server;

    @Option(names = "--user", paramLabel = "NAME", required = true, description = "Your username.")
    public String user;

    @Mixin
    public PassphraseInput passphrase;

    /** Exactly one of --vault and --server; true for --server. */
    public boolean onServer() {
        if ((vault == null) == (server == null)) {
            throw new CliException(ExitCodes.USAGE, "give exactly one of --vault DIR and --server FILE");
        }
        return server != null;
    }

    /** The vault folder; refuses --server for what only a standalone vault does. */
    public Path requireVault(String what) {
        if (onServer()) {
            throw new CliException(ExitCodes.USAGE, what + " works on a standalone vault (--vault DIR), not on a"
                    + " shared server");
        }
        return vault;
    }

    /** What to call the store in messages. */
    public String where() {
        return onServer() ? "shared server " + server.toAbsolutePath() : "vault " + vault.toAbsolutePath();
    }
}
