package org.maracdesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maracdesk.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backup}: a consistent copy of the whole vault, still encrypted, in one file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write an encrypted backup of the whole vault (key slots and encrypted database pages).")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    VaultOptions options;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup file to write.")
    Path out;

    @Override
    public Integer call() {
        OpenVault vault = CliVault.open(options);
        try {
            Backups.Manifest m = vault.services().maintenance().backup(out);
            long rows = m.rowCounts().values().stream().mapToLong(Long::longValue).sum();
            System.out.println("Backup written: " + out.toAbsolutePath() + " (" + m.rowCounts().size() + " tables, "
                    + rows + " records, schema version " + m.schemaVersion() + ")");
            return ExitCodes.OK;
        } finally {
            vault.close();
        }
    }
}
