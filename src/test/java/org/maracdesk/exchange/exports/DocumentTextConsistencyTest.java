package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.Agency;

/** The documents bundle and the export code agree: every key used exists, every key is used, every pattern parses. */
class DocumentTextConsistencyTest {
    private static final Path BUNDLE = Path.of("src/main/resources/i18n/documents.properties");
    private static final Path CODE = Path.of("src/main/java/org/maracdesk/exchange");
    private static final Set<String> PREFIXES = Set.of("doc", "minutes", "summary", "return", "action", "agency",
            "crimes", "letter", "profiles");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");

    @Test
    void everyKeyTheExportsUseIsInTheDocumentsBundle() throws IOException {
        Set<String> missing = new TreeSet<>(used());
        missing.addAll(dynamicKeys());
        missing.removeAll(defined().keySet());
        assertEquals(Set.of(), missing, "keys used but not in documents.properties");
    }

    @Test
    void everyKeyInTheDocumentsBundleIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(defined().keySet());
        unused.removeAll(used());
        unused.removeAll(dynamicKeys());
        assertEquals(Set.of(), unused, "keys in documents.properties that nothing uses");
    }

    @Test
    void everyValueIsAMessageFormatPatternWithDoubledApostrophes() throws IOException {
        for (Map.Entry<String, String> e : defined().entrySet()) {
            new MessageFormat(e.getValue(), Locale.UK);
            assertTrue(!e.getValue().replace("''", "").contains("'"),
                    e.getKey() + ": write an apostrophe as '' (every value goes through MessageFormat)");
        }
        assertEquals("Children's social care", DocumentText.text("agency.csc"));
    }

    /** Keys built from enum names, agency codes and data return measures at run time. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new TreeSet<>();
        for (ActionStatus s : ActionStatus.values()) {
            keys.add("action.status." + s.name().toLowerCase(Locale.ROOT));
        }
        for (ActionTarget t : ActionTarget.values()) {
            keys.add("action.target." + t.name().toLowerCase(Locale.ROOT));
        }
        for (String code : Agency.codes()) {
            keys.add("agency." + code);
        }
        keys.add("agency.other");
        for (org.maracdesk.casework.CrimeAgainst a : org.maracdesk.casework.CrimeAgainst.values()) {
            keys.add("crimes.against." + a.name().toLowerCase(Locale.ROOT));
        }
        DataReturn r = new DataReturn(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), Map.of("cases_discussed",
                10L, "cases_without_children", 10L, "victims_female", 10L), Map.of(), 1000L);
        for (List<String> row : r.rows()) {
            if (!row.get(0).startsWith("referrals_from_")) {
                keys.add("return.measure." + row.get(0));
                if (!row.get(0).startsWith("referral_flag_")) {
                    keys.add("return.definition." + row.get(0));
                }
            }
        }
        return keys;
    }

    private static Set<String> used() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    if (PREFIXES.contains(m.group(1).substring(0, m.group(1).indexOf('.')))) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Map<String, String> defined() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> all = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k)));
        return all;
    }
}
