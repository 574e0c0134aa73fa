package org.maracdesk.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.maracdesk.exchange.exports.ExportFormat;
import org.maracdesk.exchange.exports.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report data-return}: the quarterly SafeLives return; {@code report dashboard}: the steering group's figures. */
@Command(name = "report", description = "Reports.", mixinStandardHelpOptions = true,
        subcommands = {ReportCommand.DataReturn.class, DashboardCommand.class})
public final class ReportCommand {

    @Command(name = "data-return", mixinStandardHelpOptions = true,
            description = "The SafeLives-shaped data return for meetings from --from to --to; counts 1-4, and figures that would give them away, withheld as [c].")
    static final class DataReturn implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day (YYYY-MM-DD).")
        String from;
        @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day (YYYY-MM-DD).")
        String to;
        @Option(names = "--format", paramLabel = "csv|xlsx|pdf", required = true, description = "csv, xlsx or pdf.")
        String format;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
        Path out;
        @Option(names = "--adult-women", paramLabel = "N",
                description = "The area's female population aged 16+, for cases per 10,000 adult women.")
        Long adultWomen;
        @Option(names = "--encrypt", description = "Encrypt (OpenPGP, AES-256) with a generated passphrase.")
        boolean encrypt;
        @Mixin
        DisclosureOptions basis;

        @Override
        public Integer call() {
            ExportFormat f = ExportFormat.parse("--format", format);
            LocalDate start = date("--from", from);
            LocalDate end = date("--to", to);
            return ExportCli.run(options, basis, (service, pass, d) -> service.dataReturn(start, end, adultWomen, f,
                    new ExportService.Target(out, encrypt, d), pass));
        }

        /** A date option as YYYY-MM-DD, or a usage error naming the option (also used by {@code report dashboard}). */
        static LocalDate date(String option, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CliException(ExitCodes.USAGE, option + ": give a date as YYYY-MM-DD");
            }
        }
    }
}
