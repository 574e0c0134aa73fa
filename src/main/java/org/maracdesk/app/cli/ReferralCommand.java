package org.maracdesk.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maracdesk.casework.bulk.CancelledException;
import org.maracdesk.exchange.referrals.ImportProblem;
import org.maracdesk.exchange.referrals.ImportReport;
import org.maracdesk.exchange.referrals.ReferralFileRejectedException;
import org.maracdesk.exchange.referrals.ReferralImporter;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.SessionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code referral import}: referrals from an online form's export, all or nothing. */
@Command(name = "referral", description = "Work with referrals.", mixinStandardHelpOptions = true,
        subcommands = {ReferralCommand.Import.class, ReferralRecordCommands.ListReferrals.class,
                ReferralRecordCommands.Show.class, ReferralRecordCommands.Rescore.class,
                ReferralRecordCommands.Reverse.class, ReferralRecordCommands.CorrectPerson.class})
public final class ReferralCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import referrals from a JSON or CSV file (see the README, \"Importing referrals\").",
                "Every referral is checked first; any problem rejects the whole file and nothing is written."})
    static final class Import implements Callable<Integer> {
        @Mixin
        VaultOptions options;

        @Parameters(paramLabel = "FILE", description = "A JSON array of referrals, or CSV with a header row.")
        Path file;

        @picocli.CommandLine.Option(names = "--preview",
                description = "Check the file and say what an import would create (cases, repeats, possible"
                        + " duplicates); nothing is stored.")
        boolean preview;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new CliException(ExitCodes.USAGE, "FILE: there is no file " + file);
            }
            OpenVault vault = CliVault.open(options);
            SessionManager sessions = vault.sessions();
            CancelOnInterrupt interrupt = new CancelOnInterrupt();
            try {
                AccountInfo account = sessions.account().orElseThrow();
                ReferralImporter importer = new ReferralImporter(vault.services().referralIntake());
                if (preview) {
                    ImportReport report = importer.preview(file, account.username(),
                            new TerminalProgress(System.err, "Checked", "referrals"), interrupt.cancellation());
                    System.out.println(report.previewSummary());
                    report.reviewText().forEach(line -> System.out.println("  " + line));
                    return ExitCodes.OK;
                }
                ImportReport report = importer.importFile(file, account.username(),
                        new TerminalProgress(System.err, "Imported", "referrals"), interrupt.cancellation());
                print(report);
                FileCompaction.afterSavedWork(sessions, vault.services().maintenance());
                return ExitCodes.OK;
            } catch (ReferralFileRejectedException e) {
                throw new CliException(ExitCodes.USAGE, describe(e));
            } catch (IOException e) {
                throw new CliException(ExitCodes.USAGE, "FILE: the file " + file + " could not be read");
            } catch (RuntimeException e) {
                // on Ctrl+C H2's own exit hook may close the database before the import sees the flag
                throw interrupt.cancellation().isCancelled() || e instanceof CancelledException
                        ? new CliException(ExitCodes.FAILED, "import cancelled; nothing was written") : e;
            } finally {
                lock(sessions, interrupt);
            }
        }

        /** Locks the vault; after Ctrl+C the database may already be closed, with nothing committed. */
        private static void lock(SessionManager sessions, CancelOnInterrupt interrupt) {
            try {
                sessions.lock();
            } catch (RuntimeException e) {
                if (!interrupt.cancellation().isCancelled()) {
                    throw e;
                }
            } finally {
                interrupt.close();
            }
        }

        private static void print(ImportReport report) {
            System.out.println(report.summary());
            report.reviewText().forEach(line -> System.out.println("  " + line));
        }

        private static String describe(ReferralFileRejectedException e) {
            StringBuilder b = new StringBuilder(e.getMessage()).append(':');
            for (ImportProblem p : e.problems()) {
                b.append(System.lineSeparator()).append("  ").append(p);
            }
            return b.toString();
        }
    }
}
