package org.maracdesk.app.cli;

import java.util.concurrent.Callable;
import org.maracdesk.casework.settings.SignOffRule;
import org.maracdesk.casework.settings.SignOffRuleService;
import org.maracdesk.common.ConcurrentChangeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code settings sign-off}: whether this MARAC requires the manager's sign-off on a referral (decision 0060). */
@Command(name = "sign-off", mixinStandardHelpOptions = true,
        description = {"Whether a referral needs the manager's sign-off (name and title, and date). Without",
            "--required: says whether it is required now. With it (coordinator): saves a new version."})
final class SignOffSettingCommand implements Callable<Integer> {
    @Mixin
    VaultOptions options;
    @Option(names = "--required", paramLabel = "yes|no",
            description = "yes: the form and the import refuse a referral without the sign-off; no: they do not.")
    String required;
    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Why (for example the steering group's decision and its date); needed with --required.")
    String reason;

    @Override
    public Integer call() {
        Boolean wanted = required == null ? null : switch (required.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> throw new CliException(ExitCodes.USAGE, "--required: say yes or no");
        };
        if (wanted == null && reason != null) {
            throw new CliException(ExitCodes.USAGE, "--reason goes with --required yes|no");
        }
        try (OpenVault vault = CliVault.open(options)) {
            SignOffRuleService service = vault.services().signOffRule();
            SignOffRule now = service.current();
            if (wanted == null) {
                System.out.println(line(now));
                return ExitCodes.OK;
            }
            SignOffRule saved;
            try {
                saved = service.change(now.version(), wanted, reason);
            } catch (ConcurrentChangeException e) {
                throw new CliException(ExitCodes.FAILED, e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage().replaceFirst("^reason:", "--reason:"));
            }
            System.out.println("Saved: " + line(saved));
            return ExitCodes.OK;
        }
    }

    private static String line(SignOffRule r) {
        return "manager's sign-off " + (r.required() ? "required" : "not required") + " (version " + r.version()
                + (r.changedBy() == null ? "" : ", " + r.changedBy() + " " + r.changedAt()) + ")";
    }
}
