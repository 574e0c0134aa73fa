package org.maracdesk.app.cli;

import org.maracdesk.casework.disclosure.Disclosure;
import picocli.CommandLine.Option;

/**
 * {@code --basis CODE --consent given|refused|not-sought --consent-reason TEXT}: the lawful basis and consent a
 * disclosure (an export, a research submission) is made under (decision 0048), shared by the commands that make one.
 */
public final class DisclosureOptions {
    @Option(names = "--basis", paramLabel = "CODE", description = {"The lawful basis it is shared under, by its code"
            + " (default: the first in this MARAC's list; see settings show)."})
    String basis;
    @Option(names = "--consent", paramLabel = "given|refused|not-sought",
            description = "Whether consent was given, refused or not sought (default: not recorded).")
    String consent;
    @Option(names = "--consent-reason", paramLabel = "TEXT",
            description = "Why it is shared without consent; required with --consent refused or not-sought.")
    String reason;

    /** The options as the services take them; a usage error saying what is wrong otherwise. */
    Disclosure disclosure() {
        try {
            return Disclosure.fromOptions(basis, consent, reason);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new CliException(ExitCodes.USAGE, m.startsWith("--") ? m : "--consent-reason: " + m);
        }
    }
}
