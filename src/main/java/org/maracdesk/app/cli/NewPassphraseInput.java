package org.maracdesk.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import org.maracdesk.security.PassphrasePolicy;
import org.maracdesk.common.Secrets;
import picocli.CommandLine.Option;

/** A new passphrase for scripts (a file) or people (asked twice, without echo), checked against the policy. */
public final class NewPassphraseInput {
    @Option(names = "--new-passphrase-file", paramLabel = "FILE",
            description = "Read the new passphrase from FILE; otherwise you are asked twice.")
    Path file;

    public char[] read() {
        char[] p;
        if (file != null) {
            p = PassphraseInput.fromFile(file);
        } else {
            Console console = System.console();
            if (console == null) {
                throw new CliException(ExitCodes.USAGE, "no new passphrase given: use --new-passphrase-file FILE");
            }
            p = console.readPassword("New passphrase: ");
            char[] again = console.readPassword("New passphrase again: ");
            boolean same = p != null && Arrays.equals(p, again);
            Secrets.wipe(again);
            if (!same) {
                Secrets.wipe(p);
                throw new CliException(ExitCodes.USAGE, "the two new passphrases are not the same");
            }
        }
        try {
            PassphrasePolicy.requireAcceptable(p);
        } catch (IllegalArgumentException e) {
            Secrets.wipe(p);
            throw new CliException(ExitCodes.USAGE, "the new passphrase is not acceptable: " + e.getMessage());
        }
        return p;
    }
}
