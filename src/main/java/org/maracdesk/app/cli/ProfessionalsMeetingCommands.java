package org.maracdesk.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.maracdesk.casework.ProfessionalsMeetingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code case professionals-meeting add|list|remove}: professionals' meetings on a case (issue 16, decision 0049). */
@Command(name = "professionals-meeting", mixinStandardHelpOptions = true,
        description = "Professionals' meetings held about a case outside MARAC.",
        subcommands = {ProfessionalsMeetingCommands.Add.class, ProfessionalsMeetingCommands.ListMeetings.class,
                ProfessionalsMeetingCommands.Remove.class})
final class ProfessionalsMeetingCommands {
    abstract static class OnCase implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--case", paramLabel = "REF", required = true, description = "The case reference.")
        String reference;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                ProfessionalsMeetingService service = vault.services().professionalsMeetings();
                return run(service, service.caseOf(reference));
            }
        }

        abstract int run(ProfessionalsMeetingService service, long caseId);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Record a professionals' meeting on a"
            + " case you may see: when it was held, the agencies present, its outcome and the actions agreed."})
    static final class Add extends OnCase {
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "When it was held.")
        String date;
        @Option(names = "--agencies", paramLabel = "CODE,CODE", required = true, split = ",",
                description = "The agencies present, by code (e.g. police,housing).")
        List<String> agencies;
        @Option(names = "--outcome", paramLabel = "TEXT", required = true, description = "What it decided.")
        String outcome;
        @Option(names = "--actions", paramLabel = "TEXT", description = "The actions it agreed.")
        String actions;

        @Override
        int run(ProfessionalsMeetingService service, long caseId) {
            LocalDate held;
            try {
                held = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new CliException(ExitCodes.USAGE, "--date: " + date + " is not a date; write it as YYYY-MM-DD");
            }
            long id = service.add(caseId, new ProfessionalsMeetingService.Entry(held, agencies, outcome, actions));
            System.out.println("Recorded professionals' meeting " + id + " of " + held + " on case " + reference + ".");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"A case's professionals' meetings,"
            + " latest first: id, date, agencies present, outcome, actions agreed (tab-separated); a meeting removed"
            + " as recorded by mistake ends with: removed DATE by USER: REASON."})
    static final class ListMeetings extends OnCase {
        @Override
        int run(ProfessionalsMeetingService service, long caseId) {
            for (ProfessionalsMeetingService.Line l : service.list(caseId)) {
                System.out.println(String.join("\t", Arrays.asList(String.valueOf(l.id()), l.date().toString(),
                        String.join(",", l.agencies()), oneLine(l.outcome()), oneLine(l.actions())))
                        + (l.removed() ? "\tremoved " + l.removedAt() + " by " + l.removedBy() + ": "
                        + oneLine(l.removalReason()) : ""));
            }
            return ExitCodes.OK;
        }

        private static String oneLine(String text) {
            return text == null ? "" : text.replaceAll("\\s+", " ");
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = {"Take a professionals' meeting"
            + " recorded by mistake off a case (coordinator only). It stays in the case's history, marked removed"
            + " with the reason, and is left out of the minutes."})
    static final class Remove extends OnCase {
        @Option(names = "--id", paramLabel = "ID", required = true, description = "The meeting's id (see list).")
        long id;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is removed.")
        String reason;

        @Override
        int run(ProfessionalsMeetingService service, long caseId) {
            if (service.list(caseId).stream().noneMatch(l -> l.id() == id)) {
                throw new CliException(ExitCodes.USAGE, "--id: case " + reference + " has no professionals' meeting "
                        + id + "; see case professionals-meeting list --case " + reference);
            }
            service.remove(id, reason);
            System.out.println("Removed professionals' meeting " + id + " from case " + reference + "; it stays in"
                    + " the case's history with the reason.");
            return ExitCodes.OK;
        }
    }
}
