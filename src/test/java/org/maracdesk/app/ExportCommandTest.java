package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.actions.ActionVaults;

/** The export commands as a script would use them, and decrypt on the receiving side. */
class ExportCommandTest {
    @TempDir
    static Path dir;
    static Path pass;

    @BeforeAll
    static void vault() throws Exception {
        ActionVaults.create(dir.resolve("v"), 30);
        pass = dir.resolve("pass.txt");
        Files.writeString(pass, ActionVaults.PASS + "\n");
    }

    private static CommandLineTest.Outcome vaultCommand(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--vault", dir.resolve("v").toString(), "--passphrase-file", pass.toString()));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    @Test
    void encryptedMinutesPrintThePassphraseOnceAndDecryptWithIt() throws Exception {
        Path out = dir.resolve("minutes.pdf.pgp");
        CommandLineTest.Outcome r = vaultCommand("export", "minutes", "--user", "coordinator", "--meeting", "last",
                "--agency", "police", "--out", out.toString(), "--encrypt");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().filter(l -> l.startsWith("Export passphrase: ")).toList();
        assertEquals(1, lines.size());
        Path exportPass = dir.resolve("export-pass.txt");
        Files.writeString(exportPass, lines.get(0).substring("Export passphrase: ".length()) + "\n");
        Path plain = dir.resolve("minutes.pdf");
        CommandLineTest.Outcome d = CommandLineTest.run("decrypt", "--in", out.toString(), "--out", plain.toString(),
                "--passphrase-file", exportPass.toString());
        assertEquals(0, d.exitCode(), d.err());
        assertTrue(new String(Files.readAllBytes(plain), StandardCharsets.ISO_8859_1).startsWith("%PDF"));

        Files.writeString(exportPass, "wrong-wrong-wrong\n");
        CommandLineTest.Outcome wrong = CommandLineTest.run("decrypt", "--in", out.toString(), "--out",
                dir.resolve("nope.pdf").toString(), "--passphrase-file", exportPass.toString());
        assertEquals(3, wrong.exitCode());
        assertFalse(Files.exists(dir.resolve("nope.pdf")));
    }

    @Test
    void dataReturnAndActionSummaryWriteTheirFormats() throws Exception {
        Path csv = dir.resolve("return.csv");
        CommandLineTest.Outcome r = vaultCommand("report", "data-return", "--user", "coordinator", "--from",
                "2026-01-01", "--to", "2026-09-30", "--format", "csv", "--out", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(csv).startsWith("\uFEFFmeasure,number,percent_of_cases"));
        Path pdf = dir.resolve("idva.pdf");
        CommandLineTest.Outcome a = vaultCommand("export", "actions", "--user", "idva", "--idva", "idva",
                "--format", "pdf", "--out", pdf.toString());
        assertEquals(0, a.exitCode(), a.err());
        assertFalse(a.out().contains("Export passphrase"));
    }

    @Test
    void agencyRepresentativeCannotProduceTheDataReturn() {
        CommandLineTest.Outcome r = vaultCommand("report", "data-return", "--user", "police", "--from", "2026-01-01",
                "--to", "2026-09-30", "--format", "pdf", "--out", dir.resolve("no.pdf").toString());
        assertEquals(6, r.exitCode());
        assertFalse(Files.exists(dir.resolve("no.pdf")));
    }
}
