package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CommandLineTest.Outcome;
import org.maracdesk.app.cli.ExitCodes;
import org.maracdesk.testdata.MessyTracker;

/** {@code migrate tracker} end to end: dry run, saved mapping, the migration itself, a rejected file. */
class MigrateCommandTest {
    private static final String PASSPHRASE = "migrate test passphrase";

    @TempDir
    Path dir;
    private Path vault;
    private String passphraseFile;
    private MessyTracker truth;

    @BeforeEach
    void newVault() throws Exception {
        vault = dir.resolve("vault");
        Path pf = dir.resolve("p.txt");
        Files.writeString(pf, PASSPHRASE + "\n", StandardCharsets.UTF_8);
        passphraseFile = pf.toString();
        Outcome init = CommandLineTest.run("vault", "init", "--vault", vault.toString(), "--user", "coord",
                "--passphrase-file", passphraseFile);
        assertEquals(0, init.exitCode(), init.err());
        truth = new MessyTracker(5, 120, LocalDate.now());
    }

    private Outcome migrate(String... more) {
        String[] base = {"migrate", "tracker", "--vault", vault.toString(), "--user", "coord", "--passphrase-file",
            passphraseFile};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CommandLineTest.run(all);
    }

    @Test
    void dryRunThenSavedMappingThenMigration() throws Exception {
        Path xlsx = dir.resolve("tracker.xlsx");
        truth.writeXlsx(xlsx);
        Path map = dir.resolve("map.json");
        Outcome dry = migrate(xlsx.toString(), "--dry-run", "--save-mapping", map.toString());
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().startsWith("Dry run, nothing written. Read " + truth.listings.size() + " rows: "
                + truth.victims.size() + " people as victims"), dry.out());
        assertTrue(dry.out().contains("Kept as notes: Outcome"), dry.out());
        assertTrue(Files.readString(map).contains("\"maracDate\" : \"MARAC Date\""));

        Outcome json = migrate(xlsx.toString(), "--mapping", map.toString(), "--dry-run", "--json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"repeats\" : " + truth.repeats()), json.out());

        Outcome done = migrate(xlsx.toString(), "--mapping", map.toString());
        assertEquals(0, done.exitCode(), done.err());
        assertTrue(done.out().contains("Migrated " + truth.listings.size() + " rows"), done.out());
        String everything = dry.out() + dry.err() + done.out() + done.err();
        assertFalse(everything.contains(truth.victims.get(0).family()), "no names are printed");
    }

    @Test
    void aFileWithProblemsExitsTwoAndNamesTheLine() throws Exception {
        Path csv = dir.resolve("tracker.csv");
        Files.writeString(csv, "Victim,DOB,MARAC date,DASH\nMarnie PELLWORTH,17/04/1991,31/02/2021,12\n"
                + "Tamsin OXENBY,N/K,03/03/2021,27\n", StandardCharsets.UTF_8);
        Outcome o = migrate(csv.toString());
        assertEquals(ExitCodes.USAGE, o.exitCode());
        assertTrue(o.err().contains("nothing was written"), o.err());
        assertTrue(o.err().contains("Line 2, column MARAC date (\"31/02/2021\"): is not a date"), o.err());
        assertTrue(o.err().contains("Line 3, column DASH (\"27\"): is outside 0–24"), o.err());
        assertFalse(o.err().contains("PELLWORTH") || o.err().contains("Pellworth"), o.err());
    }
}
