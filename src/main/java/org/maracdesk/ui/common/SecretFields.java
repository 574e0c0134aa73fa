package org.maracdesk.ui.common;

import javafx.scene.control.PasswordField;

/**
 * Takes a passphrase out of a PasswordField as a char[] and scrubs the field's buffer, so
 * the characters are not left behind in the control. (JavaFX's text property still makes
 * String copies while typing; see docs/decisions/0003.)
 */
public final class SecretFields {
    private SecretFields() {
    }

    public static char[] take(PasswordField field) {
        CharSequence chars = field.getCharacters();
        char[] out = new char[chars.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = chars.charAt(i);
        }
        clear(field);
        return out;
    }

    public static void clear(PasswordField field) {
        int n = field.getLength();
        if (n > 0) {
            field.replaceText(0, n, "\0".repeat(n));
        }
        field.clear();
    }
}
