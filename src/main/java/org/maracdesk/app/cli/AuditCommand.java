package org.maracdesk.app.cli;

import java.util.concurrent.Callable;
import org.maracdesk.security.AuditReport;
import org.maracdesk.security.SessionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code audit verify}: recompute the whole audit chain and name the first bad entry. */
@Command(name = "audit", description = "Check the tamper-evident audit trail.", mixinStandardHelpOptions = true,
        subcommands = AuditCommand.Verify.class)
public final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute every entry's MAC; exit 5 and name the first bad entry if anything was"
                    + " edited, deleted, reordered or truncated.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        VaultOptions options;

        @Override
        public Integer call() {
            OpenVault vault = CliVault.open(options);
            SessionManager sessions = vault.sessions();
            try {
                // The unlock checked the chain from the anchor (decision 0082) before recording the unlock.
                AuditReport atUnlock = sessions.lastAuditReport().orElseThrow();
                if (!atUnlock.intact()) {
                    System.out.println(atUnlock.summary());
                    return ExitCodes.AUDIT_BROKEN;
                }
                AuditReport now = vault.services().maintenance().verifyAudit();
                System.out.println(now.summary());
                return now.intact() ? ExitCodes.OK : ExitCodes.AUDIT_BROKEN;
            } finally {
                vault.close();
            }
        }
    }
}
