package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maracdesk.security.PassphrasePolicy;

/** Every key used exists, and every key that exists is used. */
class MessagesConsistencyTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("(?:get|format)\\(\"([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+)\"");
    private static final Pattern ANY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+)\"");

    @Test
    void everyKeyUsedInViewsAndCodeExists() throws IOException {
        Set<String> defined = defined();
        Set<String> missing = new TreeSet<>();
        for (String key : used(FXML_KEY, "src/main/resources/fxml", ".fxml")) {
            if (!defined.contains(key)) {
                missing.add(key);
            }
        }
        for (String key : used(CODE_KEY, "src/main/java/org/maracdesk/ui", ".java")) {
            if (!defined.contains(key)) {
                missing.add(key);
            }
        }
        for (String key : dynamicKeys()) {
            if (!defined.contains(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "keys used but not in messages.properties");
    }

    @Test
    void everyDefinedKeyIsUsed() throws IOException {
        Set<String> referenced = new TreeSet<>();
        referenced.addAll(used(FXML_KEY, "src/main/resources/fxml", ".fxml"));
        referenced.addAll(used(ANY_LITERAL, "src/main/java", ".java"));
        referenced.addAll(dynamicKeys());
        Set<String> unused = new TreeSet<>(defined());
        unused.removeAll(referenced);
        assertEquals(Set.of(), unused, "keys in messages.properties that nothing uses");
    }

    /** Keys built from enum names at run time. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new TreeSet<>();
        for (PassphrasePolicy.Strength s : PassphrasePolicy.Strength.values()) {
            keys.add("setup.strength." + s.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String band : new String[] {"high", "medium", "standard"}) {
            keys.add("band." + band);
        }
        for (org.maracdesk.security.AuditAction a : org.maracdesk.security.AuditAction.values()) {
            keys.add("admin.audit.action." + a.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (org.maracdesk.casework.retention.RecordType t : org.maracdesk.casework.retention.RecordType.values()) {
            keys.add("admin.retention.type." + t.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (org.maracdesk.casework.CaseStatus c : org.maracdesk.casework.CaseStatus.values()) {
            keys.add("caseview.status." + c.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (org.maracdesk.casework.CaseOutcome o : org.maracdesk.casework.CaseOutcome.values()) {
            keys.add("caseview.outcome." + o.code());
        }
        for (org.maracdesk.casework.ActionStatus a : org.maracdesk.casework.ActionStatus.values()) {
            keys.add("caseview.action." + a.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (org.maracdesk.casework.search.PersonHit.HitRole r : org.maracdesk.casework.search.PersonHit.HitRole.values()) {
            keys.add("find.role." + r.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (org.maracdesk.exchange.tracker.TrackerField f : org.maracdesk.exchange.tracker.TrackerField.values()) {
            keys.add("migrate.field." + f.key());
        }
        return keys;
    }

    /**
     * A text with a placeholder is read through MessageFormat, where a lone apostrophe starts quoted text:
     * "the case's history" would print as "the cases history", and "{0}" after it would print as is.
     */
    @Test
    void textsWithPlaceholdersDoubleTheirApostrophes() throws IOException {
        Set<String> lone = new TreeSet<>();
        for (String file : new String[] {"messages", "documents"}) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n/" + file + ".properties"))) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (Pattern.compile("\\{\\d").matcher(text).find()
                        && Pattern.compile("(?<!')'(?!')").matcher(text).find()) {
                    lone.add(file + ": " + key);
                }
            }
        }
        assertEquals(Set.of(), lone, "write '' for an apostrophe in a text with {0}");
    }

    private static Set<String> defined() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n/messages.properties"))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    private static Set<String> used(Pattern pattern, String root, String suffix) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(root))) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(suffix))::iterator) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (String dialog : new String[] {"meeting.cancelDialog", "meeting.reopenDialog", "meeting.editDialog",
                "agenda.removeDialog", "agenda.deferDialog", "agenda.addDialog"}) {
            for (String part : new String[] {"title", "header", "hint", "confirm"}) {
                keys.add(dialog + "." + part);
            }
        }
        for (String field : org.maracdesk.ui.meetings.HistoryFields.FIELDS) {
            keys.add("meeting.history.field." + field);
        }
        return keys;
    }
}
