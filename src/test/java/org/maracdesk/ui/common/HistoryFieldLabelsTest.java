package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Change-history lines show words, not stored field names (issue 14): every field name the services write to
 * the history (read from their source, so a new field without words fails here) has its words in the bundle.
 */
class HistoryFieldLabelsTest {
    /** {@code history.field("name", …)}, {@code h.line("name", …)} and the like, the name first. */
    private static final Pattern WRITTEN = Pattern.compile("\\.(?:field|line)\\(\\s*\"([^\"]+)\"");
    /** A merge's identity fields, named in {@code pick(fromMerged, MergeField.X, "name", …)}. */
    private static final Pattern PICKED = Pattern.compile("pick\\(fromMerged, MergeField\\.\\w+, \"(\\w+)\"");
    /** The circumstances' fields ({@code m.put("name", …)} in CircumstancesRules). */
    private static final Pattern PUT = Pattern.compile("m\\.put\\(\"(\\w+)\"");
    /** Field names kept in a constant or an array of them ({@code FIELDS = {"a", "b"}}, {@code DISCLOSURE_X = "c"}). */
    private static final Pattern ARRAY = Pattern.compile("FIELDS = \\{([^}]*)\\}");
    private static final Pattern CONSTANT = Pattern.compile("DISCLOSURE_\\w+ = \"(\\w+)\"");
    private static final Pattern QUOTED = Pattern.compile("\"(\\w+)\"");

    @Test
    void everyFieldTheHistoryCanNameHasWords() throws IOException {
        Set<String> written = writtenFields();
        assertTrue(written.size() > 60 && written.contains("victimOccupation") && written.contains("givenName")
                && written.contains("disclosedBy") && written.contains("lawfulBasis"),
                "the services' history fields were found: " + written);
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.UK);
        Set<String> without = new TreeSet<>();
        for (String field : written) {
            if (field.equals(HistoryFieldLabels.ANSWER)) {
                continue; // a checklist answer's line, "answer q7": its words name the item
            }
            String key = HistoryFieldLabels.KEYS.get(field);
            if (key == null || !bundle.containsKey(key)) {
                without.add(field);
            }
        }
        assertEquals(Set.of(), without, "history fields without words in HistoryFieldLabels and the bundle");
    }

    @Test
    void aLineNamesTheFieldInWords() {
        Messages messages = new Messages(Locale.UK);
        assertEquals("Victim's occupation", HistoryFieldLabels.of(messages, "victimOccupation"));
        assertEquals("Checklist answer q7", HistoryFieldLabels.of(messages, "answer q7"));
        assertEquals("someFutureField", HistoryFieldLabels.of(messages, "someFutureField"), "unknown: as stored");
    }

    private static Set<String> writtenFields() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/maracdesk/casework"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                boolean history = source.contains("ChangeHistory") || source.contains("MergeValues")
                        || file.endsWith("CircumstancesRules.java");
                if (!history) {
                    continue;
                }
                for (Pattern p : new Pattern[] {WRITTEN, PICKED, CONSTANT}) {
                    add(p.matcher(source), out);
                }
                if (file.endsWith("CircumstancesRules.java")) {
                    add(PUT.matcher(source), out);
                }
                Matcher array = ARRAY.matcher(source);
                while (array.find()) {
                    add(QUOTED.matcher(array.group(1)), out);
                }
            }
        }
        return out;
    }

    private static void add(Matcher m, Set<String> out) {
        while (m.find()) {
            out.add(m.group(1));
        }
    }
}
