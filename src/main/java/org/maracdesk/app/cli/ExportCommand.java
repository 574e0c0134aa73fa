package org.maracdesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maracdesk.exchange.exports.ExportFormat;
import org.maracdesk.exchange.exports.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export minutes|actions|lapses|crimes|profiles|letter}: what leaves the meeting, encrypted when asked. */
@Command(name = "export", description = "Export minutes, action summaries, a meeting's lapse list, the crimes disclosed"
        + " at a meeting, the person profiles of a meeting for the police research or the Chair's letter to a victim.",
        mixinStandardHelpOptions = true,
        subcommands = {ExportCommand.Minutes.class, ExportCommand.Actions.class, ExportCommand.Lapses.class,
                ExportCommand.Crimes.class, ExportCommand.Profiles.class, ExportCommand.Letter.class})
public final class ExportCommand {

    @Command(name = "minutes",
            description = {"Minutes of a meeting as PDF, made from the record frozen when the meeting closed: the full"
                + " minutes (coordinator), or with --agency that agency's need-to-know copy (the cases it was asked"
                + " for research on, was present for, or holds an action on).",
                "Your passphrase is asked for again before anything is written."})
    static final class Minutes implements Callable<Integer> {
        // no mixinStandardHelpOptions: its -V/--version would take the --version this command needs
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;
        @Mixin
        VaultOptions options;
        @Option(names = "--meeting", paramLabel = "ID|last", required = true,
                description = "The meeting's id, or last for the most recent closed meeting.")
        String meeting;
        @Option(names = "--agency", paramLabel = "CODE", description = "The receiving agency (e.g. police, housing).")
        String agency;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
        Path out;
        @Option(names = "--encrypt", description = "Encrypt (OpenPGP, AES-256) with a generated passphrase.")
        boolean encrypt;
        @Mixin
        DisclosureOptions basis;
        @Option(names = "--version", paramLabel = "N", description = {"The version of the meeting's minutes record"
                + " to copy (default: the current one). A meeting reopened and closed again has versions 1, 2, ...;"
                + " see meeting minutes --json."})
        Integer version;

        @Override
        public Integer call() {
            Long id = parseMeeting(meeting);
            if (version != null && version < 1) {
                throw new CliException(ExitCodes.USAGE, "--version: give a version number, 1 or more");
            }
            return ExportCli.run(options, basis, (service, pass, d) -> service.minutes(id, agency, version,
                    new ExportService.Target(out, encrypt, d), pass));
        }

        private static Long parseMeeting(String value) {
            if ("last".equalsIgnoreCase(value)) {
                return null;
            }
            try {
                return Long.valueOf(value);
            } catch (NumberFormatException e) {
                throw new CliException(ExitCodes.USAGE, "--meeting: give a meeting id (a number) or last");
            }
        }
    }

    @Command(name = "lapses", mixinStandardHelpOptions = true,
            description = {"A meeting's lapse list (cases whose repeat window passes within four weeks of its date),"
                + " as CSV or XLSX, for agencies to take their flag-and-tag markers off.",
                "Your passphrase is asked for again before anything is written."})
    static final class Lapses implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--meeting", paramLabel = "ID|next|last", required = true,
                description = "The meeting's id, next (the next scheduled) or last (the most recent closed).")
        String meeting;
        @Option(names = "--agency", paramLabel = "CODE",
                description = "The receiving agency: leaves out the cases it must not receive.")
        String agency;
        @Option(names = "--format", paramLabel = "csv|xlsx", defaultValue = "csv", description = "csv (default) or xlsx.")
        String format;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
        Path out;
        @Option(names = "--encrypt", description = "Encrypt (OpenPGP, AES-256) with a generated passphrase.")
        boolean encrypt;
        @Mixin
        DisclosureOptions basis;

        @Override
        public Integer call() {
            ExportFormat f = ExportFormat.parse("--format", format);
            return ExportCli.runWith(options, basis, (services, pass, d) -> {
                long id = services.agendas().resolve(meeting).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                        "--meeting: there is no " + ("next".equals(meeting) ? "scheduled meeting ahead"
                                : "last".equals(meeting) ? "closed meeting" : "meeting " + meeting)));
                return services.exports().lapseList(id, agency, f, new ExportService.Target(out, encrypt, d), pass);
            });
        }
    }

    @Command(name = "actions", mixinStandardHelpOptions = true,
            description = "The Idva action summary of one case or of an Idva's caseload, as PDF, CSV or XLSX.")
    static final class Actions implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--case", paramLabel = "REF", description = "The case reference.")
        String caseReference;
        @Option(names = "--idva", paramLabel = "USER", description = "The Idva's username (their caseload).")
        String idva;
        @Option(names = "--format", paramLabel = "pdf|csv|xlsx", required = true, description = "pdf, csv or xlsx.")
        String format;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
        Path out;
        @Option(names = "--encrypt", description = "Encrypt (OpenPGP, AES-256) with a generated passphrase.")
        boolean encrypt;
        @Mixin
        DisclosureOptions basis;

        @Override
        public Integer call() {
            ExportFormat f = ExportFormat.parse("--format", format);
            if ((caseReference == null) == (idva == null)) {
                throw new CliException(ExitCodes.USAGE, "give either --case REF or --idva USER");
            }
            return ExportCli.run(options, basis, (service, pass, d) -> service.actionSummary(caseReference, idva, f,
                    new ExportService.Target(out, encrypt, d), pass));
        }
    }

    @Command(name = "crimes", mixinStandardHelpOptions = true,
            description = {"The crimes disclosed at a meeting, listed for police to record (police accounts and"
                + " the coordinator only).", "Your passphrase is asked for again before anything is written."})
    static final class Crimes implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--meeting", paramLabel = "ID", required = true, description = "The meeting's id.")
        String meeting;
        @Option(names = "--format", paramLabel = "pdf|csv|xlsx", defaultValue = "csv",
                description = "csv (the default), xlsx or pdf.")
        String format;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
        Path out;
        @Option(names = "--encrypt", description = "Encrypt (OpenPGP, AES-256) with a generated passphrase.")
        boolean encrypt;
        @Mixin
        DisclosureOptions basis;

        @Override
        public Integer call() {
            ExportFormat f = ExportFormat.parse("--format", format);
            long id = meetingId(meeting);
            return ExportCli.run(options, basis, (service, pass, d) -> service.crimes(id, f,
                    new ExportService.Target(out, encrypt, d), pass));
        }

        static long meetingId(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new CliException(ExitCodes.USAGE, "--meeting: give a meeting id (a number; see meeting list)");
            }
        }
    }

    @Command(name = "profiles", mixinStandardHelpOptions = true,
            description = {"A profile of every person on a meeting's agenda for the police research (police accounts"
                + " and the coordinator only): names, aliases, dates of birth, roles, the police references the"
                + " referral holds and each person's MARAC history. No addresses.",
                "Your passphrase is asked for again before anything is written."})
    static final class Profiles implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--meeting", paramLabel = "ID", required = true, description = "The meeting's id.")
        String meeting;
        @Option(names = "--format", paramLabel = "pdf|csv|xlsx", defaultValue = "pdf",
                description = "pdf (the default), csv or xlsx (one row per person).")
        String format;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
        Path out;
        @Option(names = "--encrypt", description = "Encrypt (OpenPGP, AES-256) with a generated passphrase.")
        boolean encrypt;
        @Mixin
        DisclosureOptions basis;

        @Override
        public Integer call() {
            ExportFormat f = ExportFormat.parse("--format", format);
            long id = Crimes.meetingId(meeting);
            return ExportCli.run(options, basis, (service, pass, d) -> service.profiles(id, f,
                    new ExportService.Target(out, encrypt, d), pass));
        }
    }

    @Command(name = "letter", mixinStandardHelpOptions = true,
            description = {"The Chair's letter to the victim of a case that has been heard, as PDF (the coordinator"
                + " and Idvas), for the Idva to give where it is safe. It names no one else and has no address.",
                "Your passphrase is asked for again before anything is written."})
    static final class Letter implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--case", paramLabel = "REF", required = true, description = "The case reference.")
        String caseReference;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The PDF file to write.")
        Path out;
        @Option(names = "--encrypt", description = "Encrypt (OpenPGP, AES-256) with a generated passphrase.")
        boolean encrypt;
        @Mixin
        DisclosureOptions basis;

        @Override
        public Integer call() {
            return ExportCli.run(options, basis, (service, pass, d) -> service.victimLetter(caseReference,
                    new ExportService.Target(out, encrypt, d), pass));
        }
    }
}
