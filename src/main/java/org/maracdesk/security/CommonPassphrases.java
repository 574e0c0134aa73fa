package org.maracdesk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bundled list of common passwords ({@code /security/common-passphrases.txt}). A
 * passphrase is looked up ignoring case and white space, without ever becoming a String: it is
 * folded into a scratch array that is wiped afterwards, and found by binary search.
 */
final class CommonPassphrases {
    private static final String RESOURCE = "/security/common-passphrases.txt";
    private static final String[] SORTED = load();

    private CommonPassphrases() {
    }

    static boolean contains(CharSequence passphrase) {
        char[] folded = fold(passphrase);
        try {
            CharBuffer key = CharBuffer.wrap(folded);
            int lo = 0;
            int hi = SORTED.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int cmp = CharSequence.compare(SORTED[mid], key);
                if (cmp == 0) {
                    return true;
                }
                if (cmp < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return false;
        } finally {
            Arrays.fill(folded, '\0');
        }
    }

    static int size() {
        return SORTED.length;
    }

    /** Lower case, white space left out. */
    private static char[] fold(CharSequence s) {
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                out[n++] = Character.toLowerCase(c);
            }
        }
        char[] exact = Arrays.copyOf(out, n);
        Arrays.fill(out, '\0');
        return exact;
    }

    private static String[] load() {
        List<String> entries = new ArrayList<>();
        try (InputStream in = CommonPassphrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(new String(fold(entry)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list of common passwords", e);
        }
        return entries.stream().distinct().sorted().toArray(String[]::new);
    }
}
