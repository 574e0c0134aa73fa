package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meeting cancel} on a demo vault: who may, what it prints, what it refuses, and the exit codes. */
class MeetingCancelCommandTest {
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
        assertEquals(0, CommandLineTest.run("demo", "--vault", vault, "--passphrase-file", pf, "--cases", "60")
                .exitCode());
    }

    private static CommandLineTest.Outcome run(String user, String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("meeting"));
        all.addAll(java.util.List.of(args));
        all.addAll(java.util.List.of("--vault", vault, "--user", user, "--passphrase-file", pf));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    private static JsonNode agenda(String which) throws Exception {
        CommandLineTest.Outcome o = run("coordinator", "agenda", "--meeting", which);
        assertEquals(0, o.exitCode(), o.err());
        return new ObjectMapper().readTree(o.out());
    }

    @Test
    void theCoordinatorCancelsAndIsToldWhereEachCaseWentOthersAreRefused() throws Exception {
        JsonNode next = agenda("next");
        String id = next.at("/meeting/id").asText();
        int listed = next.get("cases").size();
        assertTrue(listed > 0, "the demo's next meeting has cases");

        CommandLineTest.Outcome police = run("police", "cancel", "--meeting", id, "--reason", "x");
        assertEquals(6, police.exitCode(), police.err());
        CommandLineTest.Outcome noReason = run("coordinator", "cancel", "--meeting", id, "--reason", " ");
        assertEquals(2, noReason.exitCode());
        assertTrue(noReason.err().contains("say why"), noReason.err());

        CommandLineTest.Outcome done = run("coordinator", "cancel", "--meeting", id, "--reason", "Venue flooded");
        assertEquals(0, done.exitCode(), done.err());
        assertTrue(done.out().startsWith("Cancelled meeting " + id + "."), done.out());
        long told = done.out().lines().filter(l -> l.contains(" -> meeting ") || l.contains(" waits: ")).count();
        assertEquals(listed, told, "every case the coordinator may see is accounted for:\n" + done.out());
        assertEquals("cancelled", agenda(id).at("/meeting/status").asText());

        CommandLineTest.Outcome again = run("coordinator", "cancel", "--meeting", id, "--reason", "again");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("was cancelled"), again.err());
        assertFalse(again.err().contains("Exception"), "no stack trace");
        assertEquals(2, run("coordinator", "cancel", "--meeting", "999999", "--reason", "x").exitCode());
    }
}
