package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.casework.meetings.MeetingCorrectionService;
import org.maracdesk.casework.meetings.MeetingRecordService;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.SessionManager;

/**
 * Minutes from the frozen record on the command line (decision 0033): the same copy before and after
 * {@code action update}, {@code meeting minutes --json}, version 2 after a correction and who holds version 1,
 * and {@code export minutes --version 1}.
 */
class MinutesVersionCommandTest {
    @TempDir
    static Path dir;
    static Path pass;
    static long meeting;
    static long policeAction;

    @BeforeAll
    static void vault() throws Exception {
        ActionVaults.create(dir.resolve("v"), 30);
        pass = dir.resolve("pass.txt");
        Files.writeString(pass, ActionVaults.PASS + "\n");
        SessionManager s = ActionVaults.signIn(dir.resolve("v"), "coordinator");
        Object[] pick = s.store().read(session -> session.createSelectionQuery("select a.meeting.id, a.id"
                + " from ActionItem a where a.agencyCode = 'police' and a.status = :open and a.meeting.status = :closed"
                + " order by a.meeting.meetingDate desc, a.id", Object[].class)
                .setParameter("open", org.maracdesk.casework.ActionStatus.OPEN)
                .setParameter("closed", org.maracdesk.casework.MeetingStatus.CLOSED).setMaxResults(1).getSingleResult());
        meeting = (Long) pick[0];
        policeAction = (Long) pick[1];
        s.lock();
    }

    private static CommandLineTest.Outcome run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--vault", dir.resolve("v").toString(), "--passphrase-file", pass.toString()));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    /** The PDF's text without the footer line (who exported it, when, the audit head). */
    private static String body(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).lines().filter(l -> !l.startsWith("Exported "))
                    .reduce("", (a, b) -> a + b + "\n");
        }
    }

    private static String export(String name, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("export", "minutes", "--user", "coordinator",
                "--meeting", Long.toString(meeting), "--agency", "police", "--out", dir.resolve(name).toString()));
        args.addAll(List.of(extra));
        CommandLineTest.Outcome r = run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return name;
    }

    private static JsonNode outline() throws Exception {
        CommandLineTest.Outcome r = run("meeting", "minutes", "--user", "coordinator", "--meeting",
                Long.toString(meeting), "--json");
        assertEquals(0, r.exitCode(), r.err());
        return JsonMappers.lenient().readTree(r.out());
    }

    @Test
    void anActionUpdatedAfterTheMeetingChangesNoCopyAndACorrectionMakesVersionTwo() throws Exception {
        String before = body(dir.resolve(export("before.pdf")));
        CommandLineTest.Outcome u = run("action", "update", "--user", "coordinator", "--action",
                Long.toString(policeAction), "--status", "done", "--completed", ActionVaults.TODAY.toString());
        assertEquals(0, u.exitCode(), u.err());
        String after = body(dir.resolve(export("after.pdf")));
        assertEquals(before, after, "the same text");
        assertTrue(after.contains("Version 1"));

        JsonNode outline = outline();
        assertEquals(1, outline.path("version").asInt());
        assertEquals(64, outline.path("sha256").asText().length());
        JsonNode holders = outline.path("holders");
        assertEquals(2, holders.size());
        assertEquals(holders.get(0).path("contentSha256").asText(), holders.get(1).path("contentSha256").asText(),
                "the register holds the same content hash for both copies");
        assertTrue(outline.path("copies").path("police").path("cases").size() > 0);
        assertFalse(outline.toString().contains("\"victim\""), "references only, no names");

        SessionManager s = ActionVaults.signIn(dir.resolve("v"), "coordinator");
        try {
            new MeetingCorrectionService(s, s, new AuditLog(ActionVaults.CLOCK), ActionVaults.CLOCK)
                    .reopen(meeting, "An action was recorded for the wrong agency");
            new MeetingRecordService(s, s, new AuditLog(ActionVaults.CLOCK), ActionVaults.CLOCK).close(meeting);
        } finally {
            s.lock();
        }
        JsonNode second = outline();
        assertEquals(2, second.path("version").asInt());
        assertEquals(1, second.path("supersedes").asInt());
        assertEquals("An action was recorded for the wrong agency",
                second.path("earlierVersions").get(0).path("reason").asText());
        for (JsonNode h : second.path("holders")) {
            assertEquals("police", h.path("recipient").asText());
            assertEquals(1, h.path("version").asInt());
            assertTrue(h.path("superseded").asBoolean(), "police hold version 1, superseded");
        }
        CommandLineTest.Outcome text = run("meeting", "minutes", "--user", "coordinator", "--meeting",
                Long.toString(meeting));
        assertTrue(text.out().contains("Holding a superseded version"), text.out());

        String v2 = body(dir.resolve(export("v2.pdf")));
        assertTrue(v2.replaceAll("\\s+", " ").contains("supersedes version 1"));
        String v1 = body(dir.resolve(export("v1-again.pdf", "--version", "1")));
        assertEquals(before, v1, "version 1 exported again is the copy police already hold");
        CommandLineTest.Outcome none = run("export", "minutes", "--user", "coordinator", "--meeting",
                Long.toString(meeting), "--agency", "police", "--version", "3", "--out", dir.resolve("v3.pdf").toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("versions 1 to 2"), none.err());
        assertFalse(Files.exists(dir.resolve("v3.pdf")));
    }
}
