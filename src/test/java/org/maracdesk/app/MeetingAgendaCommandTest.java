package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meeting agenda} on a demo vault: the next meeting is circulated, the last one closed. */
class MeetingAgendaCommandTest {
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

    private static JsonNode agenda(String user, String which) throws Exception {
        CommandLineTest.Outcome o = CommandLineTest.run("meeting", "agenda", "--vault", vault, "--user", user,
                "--passphrase-file", pf, "--meeting", which);
        assertEquals(0, o.exitCode(), o.err());
        return new ObjectMapper().readTree(o.out());
    }

    @Test
    void nextMeetingPrintsItsCasesInOrderWithRiskAndResearchByAgency() throws Exception {
        JsonNode next = agenda("coordinator", "next");
        assertFalse(LocalDate.parse(next.at("/meeting/date").asText()).isBefore(LocalDate.now()));
        JsonNode cases = next.get("cases");
        assertTrue(cases.size() > 0, "the demo's next meeting has listed cases");
        boolean adultsStarted = false;
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            assertEquals(i + 1, c.get("order").asInt());
            assertTrue(c.get("caseId").isNumber());
            assertTrue(c.get("band").isTextual());
            assertTrue(c.get("routes").isArray());
            assertTrue(c.get("repeat").isBoolean());
            assertTrue(c.get("research").get("police").asText().matches("submitted|pending|not_requested"));
            adultsStarted |= !c.get("children").asBoolean();
            assertFalse(adultsStarted && c.get("children").asBoolean(), "children's cases come first");
        }
        assertTrue(cases.findValues("police").stream().anyMatch(v -> v.asText().equals("submitted")));
    }

    @Test
    void lastMeetingIsClosedAndAnAgencyRepresentativeMayNotReadTheAgenda() throws Exception {
        assertEquals("closed", agenda("coordinator", "last").at("/meeting/status").asText());
        CommandLineTest.Outcome police = CommandLineTest.run("meeting", "agenda", "--vault", vault, "--user",
                "police", "--passphrase-file", pf, "--meeting", "next");
        assertEquals(6, police.exitCode());
        CommandLineTest.Outcome bad = CommandLineTest.run("meeting", "agenda", "--vault", vault, "--user",
                "coordinator", "--passphrase-file", pf, "--meeting", "soon");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--meeting"), bad.err());
    }
}
