package org.maracdesk.app.cli;

import org.maracdesk.casework.disclosure.Disclosure;
import org.maracdesk.casework.disclosure.DisclosureStamp;
import org.maracdesk.exchange.exports.ExportResult;
import org.maracdesk.exchange.exports.ExportService;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.WrongCredentialsException;

/** What the export commands share: building the service, re-reading the passphrase, printing the result. */
final class ExportCli {
    private ExportCli() {
    }

    interface Export {
        ExportResult run(ExportService service, char[] passphrase, Disclosure basis) throws WrongCredentialsException;
    }

    /** An export that needs more of the services than the export service (to find a meeting, say). */
    interface ExportWith {
        ExportResult run(org.maracdesk.app.common.ServicesGraph services, char[] passphrase, Disclosure basis)
                throws WrongCredentialsException;
    }

    static int run(VaultOptions options, DisclosureOptions basis, Export export) {
        return runWith(options, basis, (services, pass, d) -> export.run(services.exports(), pass, d));
    }

    /**
     * Opens the vault, checks the lawful basis against its settings before the passphrase is asked again (a bad
     * code is refused naming the valid ones, nothing written), then exports.
     */
    static int runWith(VaultOptions options, DisclosureOptions basis, ExportWith export) {
        Disclosure d = basis.disclosure();
        OpenVault vault = CliVault.open(options);
        try {
            DisclosureStamp.of(vault.services().exports().lawfulBases(), d);
            char[] again = options.passphrase.read("Passphrase for " + options.user + " (again, to export)");
            ExportResult r;
            try {
                r = export.run(vault.services(), again, d);
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
            vault.close();
        }
    }
}
