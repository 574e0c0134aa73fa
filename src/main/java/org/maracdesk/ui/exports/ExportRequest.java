package org.maracdesk.ui.exports;

import java.util.List;
import org.maracdesk.exchange.exports.ExportFormat;
import org.maracdesk.exchange.exports.ExportResult;
import org.maracdesk.exchange.exports.ExportService;
import org.maracdesk.common.WrongCredentialsException;

/**
 * One kind of export as the dialog offers it: what it is, up to two choices (e.g. meeting and
 * recipient), the formats, and how to run it.
 *
 * @param first the first choice (meeting, caseload), or null when there is none
 * @param second the second choice (recipient), or null
 * @param fileStem the suggested file name without extension
 */
public record ExportRequest(String title, String description, Choices first, Choices second,
                            List<ExportFormat> formats, String fileStem, Runner runner, Previewer previewer) {

    /** A request whose dialog shows no preview. */
    public ExportRequest(String title, String description, Choices first, Choices second,
                         List<ExportFormat> formats, String fileStem, Runner runner) {
        this(title, description, first, second, formats, fileStem, runner, null);
    }

    /**
     * What the copies of the chosen meeting's minutes will hold, per agency and why, read before anything is
     * written (decision 0033). Runs in the background.
     */
    @FunctionalInterface
    public interface Previewer {
        /** @param version the record's version (null: the latest) */
        org.maracdesk.exchange.exports.MinutesCopies.Outline outline(String first, Integer version);
    }

    /** A labelled list of options; the first is preselected. */
    public record Choices(String label, List<Choice> options) {
    }

    /** One option: what the user reads and what the service is given. */
    public record Choice(String text, String value) {
        @Override
        public String toString() {
            return text;
        }
    }

    @FunctionalInterface
    public interface Runner {
        /** Runs in the background; {@code userPassphrase} is wiped by the service. */
        ExportResult run(String first, String second, ExportFormat format, ExportService.Target target,
                         char[] userPassphrase) throws WrongCredentialsException;

        /** With a version of the minutes record chosen (null: the latest); exports without versions ignore it. */
        default ExportResult run(String first, String second, Integer version, ExportFormat format,
                                 ExportService.Target target, char[] userPassphrase) throws WrongCredentialsException {
            return run(first, second, format, target, userPassphrase);
        }

        /** A runner that takes the chosen version, as {@code export minutes --version N} does. */
        static Runner versioned(Versioned run) {
            return new Runner() {
                @Override
                public ExportResult run(String first, String second, ExportFormat format, ExportService.Target target,
                                        char[] userPassphrase) throws WrongCredentialsException {
                    return run.run(first, second, null, format, target, userPassphrase);
                }

                @Override
                public ExportResult run(String first, String second, Integer version, ExportFormat format,
                                        ExportService.Target target, char[] userPassphrase)
                        throws WrongCredentialsException {
                    return run.run(first, second, version, format, target, userPassphrase);
                }
            };
        }
    }

    /** An export made from a chosen version of a record (the minutes). */
    @FunctionalInterface
    public interface Versioned {
        ExportResult run(String first, String second, Integer version, ExportFormat format,
                         ExportService.Target target, char[] userPassphrase) throws WrongCredentialsException;
    }
}
