package org.maracdesk.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.maracdesk.casework.CaseTransfer.Direction;
import org.maracdesk.casework.transfers.CaseTransferService;
import org.maracdesk.casework.disclosure.Disclosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code case transfer add|update|list}: transfers of a case between MARACs, as steps (issue 16, decision 0068). */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = "Transfers of a case between MARACs: where it came from or went to, and each step.",
        subcommands = {TransferCommands.Add.class, TransferCommands.Update.class, TransferCommands.ListTransfers.class})
final class TransferCommands {
    abstract static class OnCase implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--case", paramLabel = "REF", required = true, description = "The case reference.")
        String reference;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                CaseTransferService service = vault.services().transfers();
                return run(service, service.caseOf(reference));
            }
        }

        abstract int run(CaseTransferService service, long caseId);
    }

    /** The steps, as options shared by add and update. */
    abstract static class Steps extends OnCase {
        @Option(names = "--area", paramLabel = "NAME", description = "The other MARAC's area.")
        String area;
        @Option(names = "--moved", paramLabel = "YYYY-MM-DD", description = "When the victim moved.")
        String moved;
        @Option(names = "--papers", paramLabel = "YYYY-MM-DD", description = {"When the previous minutes and action"
                + " plans were received (in) or sent (out)."})
        String papers;
        @Option(names = "--basis", paramLabel = "CODE", description = {"Papers sent out: the lawful basis (a code from"
                + " settings show; left out: the first)."})
        String basis;
        @Option(names = "--consent", paramLabel = "WORD", description = "Papers sent out: given, refused or not-sought.")
        String consent;
        @Option(names = "--consent-reason", paramLabel = "TEXT", description = "Why they went without consent.")
        String consentReason;
        @Option(names = "--handover", paramLabel = "YYYY-MM-DD", description = "When the Idva-to-Idva handover was.")
        String handover;
        @Option(names = "--service", paramLabel = "NAME", description = "The other area's Idva service.")
        String service;
        @Option(names = "--note", paramLabel = "TEXT", description = "A note.")
        String note;

        CaseTransferService.Entry entry(Direction direction, CaseTransferService.Line was) {
            Disclosure sent;
            try {
                sent = basis == null && consent == null && consentReason == null ? null
                        : Disclosure.fromOptions(basis, consent, consentReason);
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage());
            }
            return new CaseTransferService.Entry(direction, area != null ? area : was == null ? null : was.otherArea(),
                    day(moved, "--moved", was == null ? null : was.movedOn()),
                    day(papers, "--papers", was == null ? null : was.papersOn()), sent,
                    day(handover, "--handover", was == null ? null : was.handoverOn()),
                    service != null ? service : was == null ? null : was.handoverService(),
                    note != null ? note : was == null ? null : was.note());
        }

        /** A date option; left out keeps {@code was}; "none" clears it. */
        private static LocalDate day(String text, String option, LocalDate was) {
            if (text == null) {
                return was;
            }
            if (text.isBlank() || text.strip().equalsIgnoreCase("none")) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new CliException(ExitCodes.USAGE, option + ": " + text + " is not a date; write it as YYYY-MM-DD");
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Record a transfer on a case you may see"
            + " (coordinator or Idva): --direction in|out and --area, with any steps already done."})
    static final class Add extends Steps {
        @Option(names = "--direction", paramLabel = "in|out", required = true,
                description = "in: came from another MARAC; out: went to one.")
        String direction;

        @Override
        int run(CaseTransferService s, long caseId) {
            Direction d = switch (direction.strip().toLowerCase(Locale.ROOT)) {
                case "in" -> Direction.IN;
                case "out" -> Direction.OUT;
                default -> throw new CliException(ExitCodes.USAGE, "--direction takes in or out, not '" + direction
                        + "'");
            };
            if (area == null || area.isBlank()) {
                throw new CliException(ExitCodes.USAGE, "--area: name the other MARAC's area");
            }
            long id = s.add(caseId, entry(d, null));
            System.out.println("Recorded transfer " + id + " (" + d.name().toLowerCase(Locale.ROOT) + ", " + area.strip()
                    + ") on case " + reference + ".");
            return ExitCodes.OK;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = {"Bring a transfer's steps up to date;"
            + " options left out keep their values, a date given as 'none' is cleared."})
    static final class Update extends Steps {
        @Option(names = "--id", paramLabel = "ID", required = true, description = "The transfer's id (see list).")
        long id;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept with the change.")
        String reason;

        @Override
        int run(CaseTransferService s, long caseId) {
            CaseTransferService.Line was = s.list(caseId).stream().filter(l -> l.id() == id).findFirst()
                    .orElseThrow(() -> new CliException(ExitCodes.USAGE, "--id: case " + reference + " has no transfer "
                            + id + "; see case transfer list --case " + reference));
            s.change(id, entry(was.direction(), was), reason);
            System.out.println("Updated transfer " + id + " on case " + reference + ".");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"A case's transfers, latest first: id,"
            + " direction, area, moved, papers received or sent, basis and consent (papers sent), handover, Idva"
            + " service, note (tab-separated; empty when not done)."})
    static final class ListTransfers extends OnCase {
        @Override
        int run(CaseTransferService s, long caseId) {
            for (CaseTransferService.Line l : s.list(caseId)) {
                System.out.println(String.join("\t", String.valueOf(l.id()), l.direction().name().toLowerCase(Locale.ROOT),
                        l.otherArea(), str(l.movedOn()), str(l.papersOn()), l.basis() == null ? "" : l.basis() + "; consent "
                        + (l.consent() == null ? "not recorded" : l.consent().toLowerCase(Locale.ROOT).replace('_', ' ')),
                        str(l.handoverOn()), l.handoverService() == null ? "" : l.handoverService(),
                        l.note() == null ? "" : l.note().replaceAll("\\s+", " ")));
            }
            return ExitCodes.OK;
        }

        private static String str(LocalDate d) {
            return d == null ? "" : d.toString();
        }
    }
}
