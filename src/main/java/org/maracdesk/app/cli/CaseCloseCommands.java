package org.maracdesk.app.cli;

import java.util.concurrent.Callable;
import org.maracdesk.casework.CaseClosureService;
import org.maracdesk.casework.CaseOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code case close} and {@code case reopen} (coordinator), each with its reason. */
final class CaseCloseCommands {
    private CaseCloseCommands() {
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = {"Close a case with its outcome and"
            + " reason. Nothing is deleted; its retention periods count from today; a new referral for the victim"
            + " opens it again. Open actions stay open."})
    static final class Close implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--case", paramLabel = "REF", required = true, description = "The case reference.")
        String reference;
        @Option(names = "--outcome", paramLabel = "CODE", required = true,
                description = "actions-complete, risk-reduced, victim-disengaged, transferred-out, no-longer-in-area"
                        + " or other.")
        String outcome;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why the case is closed.")
        String reason;

        @Override
        public Integer call() {
            CaseOutcome o = CaseOutcome.fromCode(outcome).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                    "--outcome: " + outcome + " is not one of " + String.join(", ", CaseOutcome.codes())));
            try (OpenVault vault = CliVault.open(options)) {
                CaseClosureService.Closed closed = vault.services().caseClosures().close(reference, o, reason);
                System.out.println("Closed case " + reference + " on " + closed.closedOn() + "."
                        + (closed.openActions() == 0 ? "" : " " + closed.openActions()
                        + (closed.openActions() == 1 ? " action is" : " actions are") + " still open."));
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true, description = "Open a closed case again, with the"
            + " reason.")
    static final class Reopen implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--case", paramLabel = "REF", required = true, description = "The case reference.")
        String reference;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is opened again.")
        String reason;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                vault.services().caseClosures().reopen(reference, reason);
                System.out.println("Opened case " + reference + " again.");
                return ExitCodes.OK;
            }
        }
    }
}
