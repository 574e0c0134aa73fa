package org.maracdesk.exchange.tracker;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The wording of a tracker migration's problems, from the application's message bundle
 * ({@code i18n/messages.properties}, keys {@code migrate.problem.*} and {@code migrate.report.problem.*}),
 * so that the command line and the window say the same thing in the same words. The exchange layer may
 * not use the UI's Messages, so it reads the same bundle itself. Every value is a MessageFormat pattern.
 */
public final class TrackerText {
    private static final String BUNDLE = "i18n.messages";
    private static final Locale LOCALE = Locale.UK;
    private static final ResourceBundle TEXT = ResourceBundle.getBundle(BUNDLE, LOCALE);

    private TrackerText() {
    }

    /** The text for {@code key} with its arguments filled in. */
    public static String text(String key, Object... args) {
        return new MessageFormat(TEXT.getString(key), LOCALE).format(args);
    }

    /** One problem as a line: its line, column and (when shown) value, then why. */
    public static String line(TrackerProblem p) {
        return p.column() == null ? text("migrate.report.problem.row", p.line(), p.why())
                : p.value() == null ? text("migrate.report.problem.cell", p.line(), p.column(), p.why())
                : text("migrate.report.problem.value", p.line(), p.column(), p.value(), p.why());
    }
}
