package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code settings show|set}, {@code score --vault} and {@code export lapses} on a demo vault: versions,
 * plain messages for bad values (exit 2, no stack trace), the coordinator only (exit 6), and scoring
 * under the vault's threshold with the version named.
 */
class SettingsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static String vault;
    static String pf;

    @BeforeAll
    static void demoVault() throws Exception {
        Path file = dir.resolve("p.txt");
        Files.writeString(file, "demo passphrase for tests\n", StandardCharsets.UTF_8);
        pf = file.toString();
        vault = dir.resolve("demo").toString();
        assertEquals(0, CommandLineTest.run("demo", "--vault", vault, "--passphrase-file", pf, "--cases", "40")
                .exitCode());
    }

    private static CommandLineTest.Outcome as(String user, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--vault", vault, "--user", user, "--passphrase-file", pf));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    private static void refused(CommandLineTest.Outcome o, int code, String message) {
        assertEquals(code, o.exitCode(), o.err());
        assertTrue(o.err().contains(message), o.err());
        assertFalse(o.err().contains("\tat org."), "no stack trace: " + o.err());
    }

    @Test
    void showSetAndHistoryWithPlainMessagesForBadValues() throws Exception {
        CommandLineTest.Outcome shown = as("coordinator", "settings", "show");
        assertEquals(0, shown.exitCode(), shown.err());
        assertTrue(shown.out().contains("Version 0 (the built-in defaults)"), shown.out());
        assertTrue(shown.out().contains("standard 0–9, medium 10–13, high 14+"), shown.out());

        refused(as("coordinator", "settings", "set", "--visible-high-risk", "9", "--reason", "why"), 2,
                "--visible-high-risk: 9 must be above the start of the medium band");
        refused(as("coordinator", "settings", "set", "--repeat-window-months", "0", "--reason", "why"), 2,
                "--repeat-window-months: 0 is not allowed");
        refused(as("coordinator", "settings", "set", "--instruments", "dash-24,dash-99", "--reason", "why"), 2,
                "--instruments: dash-99 is not a known instrument");
        refused(as("coordinator", "settings", "set", "--visible-high-risk", "17"), 2, "--reason");
        refused(as("coordinator", "settings", "set", "--closed-days", "29/12/2026, 32/12/2026", "--reason", "why"), 2,
                "--closed-days: \"32/12/2026\" is not a date; type each day as dd/mm/yyyy");
        refused(as("chair", "settings", "set", "--visible-high-risk", "17", "--reason", "not mine"), 6, "");

        CommandLineTest.Outcome set = as("coordinator", "settings", "set", "--visible-high-risk", "17",
                "--repeat-window-months", "6", "--reason", "Steering group 2026-11-12");
        assertEquals(0, set.exitCode(), set.err());
        assertTrue(set.out().contains("Saved: local settings version 1 (was 0)."), set.out());
        refused(as("coordinator", "settings", "set", "--visible-high-risk", "17", "--reason", "again"), 2,
                "nothing to save");

        CommandLineTest.Outcome closed = as("coordinator", "settings", "set", "--closed-days", "30/12/2026,29/12/2026",
                "--reason", "Office closed between Christmas and New Year");
        assertEquals(0, closed.exitCode(), closed.err());
        assertTrue(closed.out().contains("Days off:              England and Wales bank holidays, and 29/12/2026,"
                + " 30/12/2026"), closed.out());
        JsonNode closedShown = JSON.readTree(as("chair", "settings", "show", "--json").out());
        assertEquals("2026-12-29", closedShown.at("/closedDays/0").asText(), closedShown.toString());
        assertEquals(0, as("coordinator", "settings", "set", "--closed-days", "none", "--reason", "Reopened")
                .exitCode());

        JsonNode history = JSON.readTree(as("chair", "settings", "show", "--history", "--json").out());
        assertEquals(4, history.get("versions").size());
        JsonNode v1 = history.get("versions").get(2);
        assertEquals(1, v1.get("version").asInt());
        assertEquals("coordinator", v1.get("changedBy").asText());
        assertEquals("Steering group 2026-11-12", v1.get("reason").asText());
        assertEquals(17, v1.get("visibleHighRisk").asInt());
        assertEquals("visibleHighRisk", v1.at("/changes/0/field").asText());
        assertEquals("14", v1.at("/changes/0/old").asText());
        assertEquals("17", v1.at("/changes/0/new").asText());

        Path answers = Path.of("docs/examples/answers-dash24.json");
        JsonNode scored = JSON.readTree(as("idva", "score", "--answers", answers.toString()).out());
        assertEquals("medium", scored.get("band").asText(), "15 ticks under the vault's threshold of 17");
        assertEquals(3, scored.get("settingsVersion").asInt(), "the version in force: 17 set, then days off set and cleared");
        assertEquals(17, scored.at("/thresholds/visibleHighRisk").asInt());
        CommandLineTest.Outcome withoutVault = CommandLineTest.run("score", "--answers", answers.toString());
        assertEquals("high", JSON.readTree(withoutVault.out()).get("band").asText(), "without --vault: the defaults");
        refused(as("idva", "score", "--answers", answers.toString(), "--context", "docs/examples/context.json"), 2,
                "context.thresholds: leave the thresholds out of the context file");
    }

    @Test
    void lapseListExportsAsCsvForAgenciesAndSaysWhenThereIsNoMeeting() throws Exception {
        Path out = dir.resolve("lapses.csv");
        CommandLineTest.Outcome o = as("coordinator", "export", "lapses", "--meeting", "next", "--out",
                out.toString());
        assertEquals(0, o.exitCode(), o.err());
        assertTrue(o.out().contains("not encrypted"), o.out());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("\uFEFFcase_reference,victim,victim_date_of_birth,last_referral_or_listing,repeat_window_months,"
                + "window_ends_on,meeting_date", lines.get(0));
        refused(as("coordinator", "export", "lapses", "--meeting", "999999", "--out", dir.resolve("x.csv").toString()),
                2, "--meeting");
        refused(as("police", "export", "lapses", "--meeting", "next", "--out", dir.resolve("y.csv").toString()), 6, "");
        refused(as("coordinator", "export", "lapses", "--meeting", "next", "--format", "pdf", "--out",
                dir.resolve("z.pdf").toString()), 2, "--format: the lapse list is exported as csv or xlsx");
    }
}
