package org.maracdesk.exchange.exports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text of exported documents, from {@code i18n/documents.properties}. The exchange layer
 * may not use the UI's Messages, so it has its own bundle. Every value is a MessageFormat
 * pattern (an apostrophe is written {@code ''}), with or without arguments.
 */
public final class DocumentText {
    static final String BUNDLE = "i18n.documents";
    private static final Locale LOCALE = Locale.UK;
    private static final ResourceBundle TEXT = ResourceBundle.getBundle(BUNDLE, LOCALE);

    private DocumentText() {
    }

    /** The text for {@code key} with its arguments filled in. */
    public static String text(String key, Object... args) {
        return new MessageFormat(TEXT.getString(key), LOCALE).format(args);
    }

    /** Whether {@code key} is in the bundle (for keys built from codes). */
    static boolean has(String key) {
        try {
            TEXT.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
