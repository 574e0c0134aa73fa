package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code referral list|show|rescore|reverse|correct-person} and {@code meeting district …} on a demo vault: what
 * they print, what they refuse (with one line and no stack trace), and who may.
 */
class ReferralRecordCommandsTest {
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
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--vault", vault, "--user", user, "--passphrase-file", pf));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    /** The referrals the list prints, each as its tab-separated columns. */
    private static List<String[]> referrals() {
        CommandLineTest.Outcome o = run("coordinator", "referral", "list", "--limit", "200");
        assertEquals(0, o.exitCode(), o.err());
        return o.out().lines().map(l -> l.split("\t")).toList();
    }

    @Test
    void showRescoreAndReverseADecidedReferralAndRefuseWhileItIsHeard() {
        List<String[]> rows = referrals();
        String[] accepted = rows.stream().filter(r -> r[1].equals("accepted")).reduce((a, b) -> b).orElseThrow();
        String id = accepted[0];

        CommandLineTest.Outcome shown = run("coordinator", "referral", "show", "--referral", id);
        assertEquals(0, shown.exitCode(), shown.err());
        assertTrue(shown.out().contains("status: accepted"), shown.out());
        assertTrue(shown.out().contains("q1 "), shown.out());
        assertTrue(shown.out().contains("VISIBLE_HIGH_RISK:"), "the score is explained:\n" + shown.out());
        assertFalse(shown.out().contains("victimDateOfBirth"), "no identity without --names");
        assertTrue(run("coordinator", "referral", "show", "--referral", id, "--names").out()
                .contains("victimDateOfBirth"));

        CommandLineTest.Outcome rescored = run("coordinator", "referral", "rescore", "--referral", id, "--answer",
                "q1=no", "--answer", "q2=no", "--answer", "q3=no", "--reason", "ticked the wrong column");
        assertEquals(0, rescored.exitCode(), rescored.err());
        assertTrue(rescored.out().startsWith("Referral " + id + " scored again: "), rescored.out());
        assertTrue(run("coordinator", "referral", "show", "--referral", id).out().contains("ticked the wrong column"),
                "the history shows the correction");

        CommandLineTest.Outcome wrong = run("coordinator", "referral", "rescore", "--referral", id, "--answer",
                "q2=maybe", "--reason", "x");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("maybe is not one of"), wrong.err());

        // The demo's oldest referral was heard at a meeting long closed: reversing it is refused, naming the meeting.
        CommandLineTest.Outcome heard = run("coordinator", "referral", "reverse", "--referral", id, "--to", "declined",
                "--reason", "outside the area");
        assertEquals(1, heard.exitCode(), heard.out());
        assertTrue(heard.err().contains("was heard for this referral at the meeting of"), heard.err());
        assertFalse(heard.err().contains("Exception"), "no stack trace");

        assertEquals(6, run("police", "referral", "show", "--referral", id).exitCode());
        assertEquals(2, run("coordinator", "referral", "reverse", "--referral", id, "--to", "maybe", "--reason", "x")
                .exitCode());
        assertEquals(2, run("coordinator", "referral", "show", "--referral", "999999").exitCode());
    }

    @Test
    void correctAPersonOnAReferralWithTheReason() {
        String id = referrals().stream().filter(r -> !r[1].equals("draft")).findFirst().orElseThrow()[0];
        String shown = run("coordinator", "referral", "show", "--referral", id).out();
        String person = shown.lines().filter(l -> l.endsWith(" victim")).findFirst().orElseThrow().strip()
                .split(" ")[0];
        CommandLineTest.Outcome fixed = run("coordinator", "referral", "correct-person", "--referral", id, "--person",
                person, "--dob", "1990-02-03", "--reason", "mistyped on the form");
        assertEquals(0, fixed.exitCode(), fixed.err());
        assertTrue(run("coordinator", "referral", "show", "--referral", id, "--names").out()
                .contains("victimDateOfBirth: 1990-02-03"));
        CommandLineTest.Outcome badDate = run("coordinator", "referral", "correct-person", "--referral", id,
                "--person", person, "--dob", "3/2/1990", "--reason", "x");
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().contains("YYYY-MM-DD"), badDate.err());
    }

    @Test
    void districtsAreRenamedRetiredAndBroughtBack() {
        CommandLineTest.Outcome list = run("coordinator", "meeting", "district", "list");
        assertEquals(0, list.exitCode(), list.err());
        String[] first = list.out().lines().findFirst().orElseThrow().split("\t");
        String area = first[0];
        String district = first[1];
        assertEquals(0, run("coordinator", "meeting", "district", "rename", "--area", area, "--district", district,
                "--to", district + " North").exitCode());
        assertEquals(0, run("coordinator", "meeting", "district", "retire", "--area", area, "--district",
                district + " North").exitCode());
        assertTrue(run("coordinator", "meeting", "district", "list").out()
                .contains(area + "\t" + district + " North\tretired"));
        assertEquals(0, run("coordinator", "meeting", "district", "restore", "--area", area, "--district",
                district + " North").exitCode());
        assertFalse(run("coordinator", "meeting", "district", "list").out().contains("retired"));
        CommandLineTest.Outcome missing = run("coordinator", "meeting", "district", "retire", "--area", area,
                "--district", "Nowhere");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("there is no district Nowhere"), missing.err());
        assertEquals(6, run("police", "meeting", "district", "retire", "--area", area, "--district", district)
                .exitCode());
    }
}
