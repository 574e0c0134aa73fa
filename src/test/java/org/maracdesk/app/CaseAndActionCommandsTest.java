package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CommandLineTest.Outcome;
import org.maracdesk.app.cli.ExitCodes;

/** {@code case show|close|reopen} and {@code action list|update} on a real demo vault. */
class CaseAndActionCommandsTest {
    private static final String PASS = "case and action commands passphrase";
    @TempDir
    static Path dir;
    private static Path vault;
    private static String pf;

    @BeforeAll
    static void demoVault() throws Exception {
        Path f = dir.resolve("p.txt");
        Files.writeString(f, PASS + "\n", StandardCharsets.UTF_8);
        pf = f.toString();
        vault = dir.resolve("demo");
        assertEquals(0, CommandLineTest.run("demo", "--vault", vault.toString(), "--passphrase-file", pf,
                "--cases", "40").exitCode());
    }

    private static Outcome as(String user, String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--vault", vault.toString(), "--user", user, "--passphrase-file", pf}, 0, all,
                args.length, 6);
        return CommandLineTest.run(all);
    }

    /** The first open police action: its id and case reference. */
    private static String[] policeAction() {
        Outcome list = as("police", "action", "list");
        assertEquals(0, list.exitCode(), list.err());
        String first = list.out().lines().filter(l -> l.contains("\tpolice\t")).findFirst()
                .orElseThrow(() -> new AssertionError("no open police action: " + list.out()));
        return first.split("\t");
    }

    @Test
    void aCaseIsShownWithoutNamesUnlessAskedThenClosedAndReopened() {
        String ref = policeAction()[1];
        Outcome shown = as("coordinator", "case", "show", "--case", ref, "--json");
        assertEquals(0, shown.exitCode(), shown.err());
        assertTrue(shown.out().contains("\"status\" : \"open\""), shown.out());
        assertFalse(shown.out().contains("\"victim\""), "no names without --names");
        assertTrue(as("coordinator", "case", "show", "--case", ref, "--names").out().contains("victim: "));

        assertEquals(ExitCodes.USAGE, as("coordinator", "case", "close", "--case", ref, "--outcome", "solved",
                "--reason", "x").exitCode(), "an unknown outcome is a usage error");
        Outcome closed = as("coordinator", "case", "close", "--case", ref, "--outcome", "risk-reduced", "--reason",
                "agreed at the review");
        assertEquals(0, closed.exitCode(), closed.err());
        assertTrue(closed.out().contains("Closed case " + ref), closed.out());
        assertTrue(as("coordinator", "case", "show", "--case", ref).out().contains("closureOutcome: risk-reduced"));
        Outcome again = as("coordinator", "case", "close", "--case", ref, "--outcome", "other", "--reason", "x");
        assertTrue(again.exitCode() != 0 && again.err().contains("already closed"), again.err());
        Outcome byPolice = as("police", "case", "reopen", "--case", ref, "--reason", "x");
        assertEquals(ExitCodes.NOT_ALLOWED, byPolice.exitCode(), byPolice.err());
        assertEquals(0, as("coordinator", "case", "reopen", "--case", ref, "--reason", "new incident").exitCode());
        assertFalse(byPolice.err().contains("Exception"), "no stack trace");
    }

    @Test
    void anAgencyRecordsAnOutcomeWithTheRulesOfTheActionsScreen() {
        String id = policeAction()[0];
        Outcome noNote = as("police", "action", "update", "--action", id, "--status", "not-possible");
        assertTrue(noNote.exitCode() != 0 && noNote.err().contains("note"), noNote.err());
        Outcome badDate = as("police", "action", "update", "--action", id, "--status", "done", "--completed",
                "26/11/2026");
        assertEquals(ExitCodes.USAGE, badDate.exitCode(), badDate.err());
        Outcome done = as("police", "action", "update", "--action", id, "--status", "done", "--completed",
                "2026-11-20");
        assertEquals(0, done.exitCode(), done.err());
        assertTrue(done.out().contains("is now done"), done.out());
        assertFalse(as("police", "action", "list").out().lines().anyMatch(l -> l.startsWith(id + "\t")),
                "a done action leaves the open list");
        assertEquals(ExitCodes.NOT_ALLOWED, as("chair", "action", "list").exitCode());
    }

    @Test
    void actionTypesAreListedAndTheActionListShowsAndFiltersThem() {
        Outcome types = as("police", "action", "types");
        assertEquals(0, types.exitCode(), types.err());
        assertTrue(types.out().contains("operation_encompass\tOperation Encompass notification\tschool and date"),
                types.out());
        assertTrue(types.out().contains("8 action types."), types.out());
        Outcome flags = as("coordinator", "action", "list", "--type", "FLAG_AND_TAG");
        assertEquals(0, flags.exitCode(), flags.err());
        assertTrue(flags.out().lines().filter(l -> l.contains("\t")).allMatch(l -> l.contains("\tFlag and tag marker\t")),
                flags.out());
        Outcome json = as("coordinator", "action", "list", "--type", "other", "--json");
        assertTrue(json.out().contains("\"type\" : \"other\""), json.out());
        Outcome unknown = as("coordinator", "action", "list", "--type", "pizza");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("--type: action type \"pizza\" is not one of"), unknown.err());
        assertFalse(unknown.err().contains("Exception"), "no stack trace");
    }
}
