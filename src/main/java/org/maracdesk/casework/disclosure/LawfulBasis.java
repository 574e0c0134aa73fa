package org.maracdesk.casework.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One lawful basis a disclosure can be made under: a short code (what the CLI's {@code --basis} takes and
 * what a disclosure row stores) and the wording shown to people. The list is a local setting (decision 0048);
 * {@link #DEFAULTS} is what a MARAC starts with.
 */
public record LawfulBasis(String code, String wording) {
    /** Codes are short, upper case, no spaces, so they survive a command line and a CSV column. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    public LawfulBasis {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A lawful basis code is 1 to 32 capital letters, digits, '-' or '_'"
                    + " (for example PUBLIC-TASK); '" + (code == null ? "" : code) + "' is not.");
        }
        if (wording == null || wording.isBlank() || wording.length() > 500 || wording.contains("\n")) {
            throw new IllegalArgumentException("The wording of lawful basis " + code
                    + " must be one line of 1 to 500 characters.");
        }
        wording = wording.strip();
    }

    /** The defaults: the usual MARAC basis first (it is the default basis until the MARAC chooses another). */
    public static final List<LawfulBasis> DEFAULTS = List.of(
            new LawfulBasis("PUBLIC-TASK", "UK GDPR Art 6(1)(e) public task, with Art 9(2)(g) substantial public"
                    + " interest and DPA 2018 Sch 1 para 18 (safeguarding of individuals at risk)"),
            new LawfulBasis("LEGAL-OBLIGATION", "UK GDPR Art 6(1)(c) legal obligation"),
            new LawfulBasis("VITAL-INTERESTS", "UK GDPR Art 6(1)(d) vital interests, with Art 9(2)(c)"),
            new LawfulBasis("CRIME-PREVENTION", "DPA 2018 s.31 / Sch 2 para 2 prevention or detection of crime"),
            new LawfulBasis("CONSENT", "UK GDPR Art 6(1)(a) consent, with Art 9(2)(a) explicit consent"));

    /**
     * Reads the stored form, one basis a line as {@code CODE=wording}; blank lines are skipped. All or nothing:
     * a bad line, a repeated code or an empty list is refused with a message naming the line.
     */
    public static List<LawfulBasis> parse(String stored) {
        Map<String, LawfulBasis> out = new LinkedHashMap<>();
        String[] lines = stored == null ? new String[0] : stored.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Line " + (i + 1) + " of the lawful bases is not CODE=wording.");
            }
            LawfulBasis b;
            try {
                b = new LawfulBasis(line.substring(0, eq).strip().toUpperCase(Locale.ROOT), line.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Line " + (i + 1) + ": " + e.getMessage(), e);
            }
            if (out.putIfAbsent(b.code(), b) != null) {
                throw new IllegalArgumentException("Line " + (i + 1) + " repeats the code " + b.code()
                        + "; each basis needs its own code.");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Keep at least one lawful basis.");
        }
        return List.copyOf(new ArrayList<>(out.values()));
    }

    /** The stored form {@link #parse} reads back. */
    public static String format(List<LawfulBasis> bases) {
        return String.join("\n", bases.stream().map(b -> b.code() + "=" + b.wording()).toList());
    }

    /** The basis with this code (case-insensitive), if the list has it. */
    public static Optional<LawfulBasis> find(List<LawfulBasis> bases, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return bases.stream().filter(b -> b.code().equals(c)).findFirst();
    }
}
