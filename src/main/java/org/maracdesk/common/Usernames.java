package org.maracdesk.common;

import java.util.Locale;
import java.util.regex.Pattern;

/** Usernames are short, case-insensitive identifiers, never personal data beyond a login. */
public final class Usernames {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private Usernames() {
    }

    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String raw) {
        return VALID.matcher(normalise(raw)).matches();
    }

    public static String require(String raw) {
        String name = normalise(raw);
        if (!VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("a username is 2 to 64 characters: letters a-z, digits, '.', '_' or '-',"
                    + " starting with a letter or digit");
        }
        return name;
    }
}
