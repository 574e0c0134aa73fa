package org.maracdesk.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command that opens a vault shares. */
public final class VaultOptions {
    @Option(names = "--vault", paramLabel = "DIR", required = true, description = "The vault folder.")
    public Path vault;

    @Option(names = "--user", paramLabel = "NAME", required = true, description = "Your username in the vault.")
    public String user;

    @Mixin
    public PassphraseInput passphrase;
}
