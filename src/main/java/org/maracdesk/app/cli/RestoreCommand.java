package org.maracdesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.maracdesk.security.AuditReport;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.Backups;
import org.maracdesk.store.IntegrityCheck;
import org.maracdesk.common.WrongCredentialsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code restore}: a backup into a new folder; with credentials, also checks what came back. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup into a new or empty folder. With --user (and a passphrase) the restored"
                + " vault is also checked: every record read, row counts compared with the backup, audit trail verified.")
public final class RestoreCommand implements Callable<Integer> {
    private static final String AUDIT = "AUDIT_ENTRY";

    @Option(names = "--in", paramLabel = "FILE", required = true, description = "The backup file.")
    Path in;

    @Option(names = "--vault", paramLabel = "NEWDIR", required = true, description = "A new or empty folder.")
    Path vault;

    @Option(names = "--user", paramLabel = "NAME", description = "Check the restored vault as this account.")
    String user;

    @Mixin
    PassphraseInput passphrase;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(in)) {
            throw new CliException(ExitCodes.USAGE, "--in: there is no file " + in);
        }
        Backups.Manifest manifest = Backups.restore(in, vault);
        System.out.println("Restored " + in + " into " + vault.toAbsolutePath() + " (backup of " + manifest.createdAt()
                + ").");
        if (user == null) {
            System.out.println("Run 'vault check' or restore with --user to verify it.");
            return ExitCodes.OK;
        }
        return verify(manifest);
    }

    private int verify(Backups.Manifest manifest) {
        org.maracdesk.app.common.ServicesGraph services = CliVault.servicesFor(vault);
        SessionManager sessions = services.sessions();
        try {
            sessions.unlock(user, passphrase.read("Passphrase for " + user));
        } catch (WrongCredentialsException e) {
            throw new CliException(ExitCodes.WRONG_CREDENTIALS,
                    "restored, but could not unlock it to check: the username or passphrase is not right");
        }
        try {
            AuditReport audit = services.maintenance().verifyWholeTrail();
            Map<String, Long> counts = new TreeMap<>(IntegrityCheck.rowCounts(sessions.store()));
            Map<String, Long> expected = new TreeMap<>(manifest.rowCounts());
            // The audit trail may only have grown (this check's own unlock is recorded); it is verified below.
            long auditNow = counts.getOrDefault(AUDIT, 0L);
            long auditThen = expected.getOrDefault(AUDIT, 0L);
            counts.remove(AUDIT);
            expected.remove(AUDIT);
            if (!counts.equals(expected) || auditNow < auditThen) {
                System.out.println("Restored vault does NOT match the backup's row counts.");
                if (auditNow < auditThen) {
                    System.out.println("  " + AUDIT + ": " + auditNow + " rows, the backup had " + auditThen);
                }
                expected.forEach((table, rows) -> {
                    if (!rows.equals(counts.get(table))) {
                        System.out.println("  " + table + ": " + counts.get(table) + " rows, the backup had " + rows);
                    }
                });
                return ExitCodes.VAULT_PROBLEM;
            }
            System.out.println("Verified: row counts match the backup in all " + (counts.size() + 1) + " tables; "
                    + audit.summary());
            return audit.intact() ? ExitCodes.OK : ExitCodes.AUDIT_BROKEN;
        } finally {
            sessions.lock();
        }
    }
}
