package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.StoreKind;

/**
 * The Chair's letter to the victim (issue 16, decision 0071), through the command line as an Idva's script would
 * make it: after the case was heard, it gives the victim's first name, the day the MARAC met, the Chair's name and
 * where help is, and nothing else of the case (no family name, no perpetrator, no reference); it is in the export
 * register; a case not yet heard, an unknown reference and an agency representative are refused, nothing written.
 */
class VictimLetterCommandTest {
    @TempDir
    Path dir;

    @Test
    void aHeardCasesLetterNamesOnlyTheVictimAndTheChairAndIsRegistered() throws Exception {
        Path vaultDir = dir.resolve("vault");
        MeetingVault vault = new MeetingVault(StoreKind.H2, vaultDir);
        long held = vault.meeting(TODAY.minusDays(3), TODAY.minusDays(10), MeetingStatus.SCHEDULED);
        long heard = vault.acceptedCase(TODAY.minusDays(20), 2);
        vault.list(held, heard, 1);
        vault.store().doInTransaction(s -> s.get(Meeting.class, held).setChairName("DI Rowan Testfield"));
        long later = vault.meeting(TODAY.plusDays(60), TODAY.plusDays(50), MeetingStatus.SCHEDULED);
        long waiting = vault.acceptedCase(TODAY.minusDays(2), 0);
        vault.list(later, waiting, 1);
        String heardRef = reference(vault, heard);
        String waitingRef = reference(vault, waiting);
        vault.lock();
        Path pass = Files.writeString(dir.resolve("pass.txt"), MeetingVault.PASS + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("letter.pdf");

        CommandLineTest.Outcome made = letter(vaultDir, pass, "coordinator", heardRef, out);
        assertEquals(0, made.exitCode(), made.err());
        String text = text(out);
        if (System.getProperty("marac.shots") != null) {  // to be looked at, rendered to PNG
            Files.createDirectories(Path.of(System.getProperty("marac.shots")));
            Files.copy(out, Path.of(System.getProperty("marac.shots"), "victim-letter.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(text.contains("PRIVATE AND CONFIDENTIAL"), text);
        assertTrue(text.contains("Dear Test,"), text);
        assertTrue(text.contains("On 20 November 2026 a Multi-Agency Risk Assessment Conference (MARAC) met"), text);
        assertTrue(text.contains("keep you and your children safe"), text);
        assertTrue(text.contains("DI Rowan Testfield"), text);
        assertTrue(text.contains("call 999"), text);
        for (String never : List.of("Victim1", "Perp", heardRef, "Northbridge", "Civic Centre")) {
            assertFalse(text.contains(never), "the letter must not hold " + never + ": " + text);
        }
        assertEquals(List.of("victim-letter"), register(vaultDir));

        Path none = dir.resolve("none.pdf");
        CommandLineTest.Outcome notHeard = letter(vaultDir, pass, "coordinator", waitingRef, none);
        assertNotEquals(0, notHeard.exitCode());
        assertTrue(notHeard.err().contains("has not been heard at a MARAC yet"), notHeard.err());
        CommandLineTest.Outcome unknown = letter(vaultDir, pass, "coordinator", "NO-SUCH-1", none);
        assertNotEquals(0, unknown.exitCode());
        assertTrue(unknown.err().contains("no case with that reference"), unknown.err());
        CommandLineTest.Outcome police = letter(vaultDir, pass, "police", heardRef, none);
        assertNotEquals(0, police.exitCode());
        for (CommandLineTest.Outcome refused : List.of(notHeard, unknown, police)) {
            assertFalse(refused.err().contains("at org."), "no stack trace: " + refused.err());
        }
        assertFalse(Files.exists(none), "a refusal writes nothing");
        assertEquals(List.of("victim-letter"), register(vaultDir), "and registers nothing");
    }

    private static CommandLineTest.Outcome letter(Path vault, Path pass, String user, String ref, Path out) {
        return CommandLineTest.run("export", "letter", "--case", ref, "--out", out.toString(), "--vault",
                vault.toString(), "--user", user, "--passphrase-file", pass.toString());
    }

    private static String reference(MeetingVault vault, long caseId) {
        return vault.store().read(s -> s.get(MaracCase.class, caseId).getReference());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static List<String> register(Path vault) throws Exception {
        SessionManager sessions = CliVault.sessionsFor(vault);
        sessions.unlock("coordinator", MeetingVault.PASS.toCharArray());
        try {
            return sessions.store().read(s -> s.createSelectionQuery("select x.kind from ExportRecord x order by x.id",
                    String.class).getResultList());
        } finally {
            sessions.lock();
        }
    }
}
