package org.maracdesk.app.cli;

import java.security.SecureRandom;
import java.time.Clock;
import org.maracdesk.exchange.exports.ExportFiles;
import org.maracdesk.exchange.exports.ExportResult;
import org.maracdesk.exchange.exports.ExportService;
import org.maracdesk.exchange.exports.MeetingTablesRecordSource;
import org.maracdesk.exchange.exports.MinutesQuery;
import org.maracdesk.security.ExportPassphrases;
import org.maracdesk.security.PassphraseConfirmation;
import org.maracdesk.security.SessionManager;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.WrongCredentialsException;

/** What the export commands share: building the service, re-reading the passphrase, printing the result. */
final class ExportCli {
    private ExportCli() {
    }

    /** The same services as the window builds: minutes read the meeting record (sign-in, safety plans). */
    static ExportService service(SessionManager sessions) {
        SecureRandom random = new SecureRandom();
        return new ExportService(sessions, new PassphraseConfirmation(sessions, random),
                new MinutesQuery(new MeetingTablesRecordSource()), new ExportFiles(random), new ExportPassphrases(random),
                Clock.systemUTC());
    }

    interface Export {
        ExportResult run(ExportService service, char[] passphrase) throws WrongCredentialsException;
    }

    static int run(VaultOptions options, Export export) {
        SessionManager sessions = CliVault.open(options);
        try {
            char[] again = options.passphrase.read("Passphrase for " + options.user + " (again, to export)");
            ExportResult r;
            try {
                r = export.run(service(sessions), again);
            } catch (WrongCredentialsException e) {
                throw new CliException(ExitCodes.WRONG_CREDENTIALS, "the passphrase is not right; nothing was exported");
            }
            System.out.println("Exported: " + r.file().toAbsolutePath() + " (" + r.items() + " included"
                    + (r.withheld() > 0 ? ", " + r.withheld() + " withheld" : "") + (r.exportPassphrase() == null
                    ? ", not encrypted)" : ", encrypted)"));
            if (r.exportPassphrase() != null) {
                System.out.println("Export passphrase: " + new String(r.exportPassphrase()));
                System.out.println("Send it to the recipient by another channel (telephone), not with the file."
                        + " It is not shown again.");
                Secrets.wipe(r.exportPassphrase());
            }
            return ExitCodes.OK;
        } finally {
            sessions.lock();
        }
    }
}
