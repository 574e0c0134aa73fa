package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CommandLineTest.Outcome;

/**
 * {@code person duplicates|merge|not-duplicate}: a second import of the example's first victim, her surname
 * misspelt, lands on the review list; a dry run shows both; the merge moves the case and carries the
 * must-not-receive entry; mistakes are refused in one line.
 */
class PersonCommandTest {
    private static final String PASSPHRASE = "person command test passphrase";
    @TempDir
    Path dir;
    private String vault;
    private String pf;

    @BeforeEach
    void vaultWithAFlaggedPair() throws Exception {
        vault = dir.resolve("vault").toString();
        Path file = dir.resolve("p.txt");
        Files.writeString(file, PASSPHRASE + "\n", StandardCharsets.UTF_8);
        pf = file.toString();
        assertEquals(0, CommandLineTest.run("vault", "init", "--vault", vault, "--user", "coord", "--passphrase-file",
                pf).exitCode());
        ObjectMapper json = new ObjectMapper();
        ArrayNode all = (ArrayNode) json.readTree(Path.of("docs/examples/referrals.json").toFile());
        ArrayNode first = json.createArrayNode().add(all.get(0));
        Path one = dir.resolve("one.json");
        json.writeValue(one.toFile(), first);
        assertEquals(0, run("referral", "import", one.toString()).exitCode());
        ObjectNode again = all.get(0).deepCopy();
        again.put("formReference", "WF-2026-0999");
        again.put("referralDate", "2026-11-20");
        ((ObjectNode) again.get("victim")).put("familyName", "Pelworth");
        again.remove("mustNotReceive");
        Path two = dir.resolve("two.json");
        json.writeValue(two.toFile(), json.createArrayNode().add(again));
        Outcome imported = run("referral", "import", two.toString());
        assertEquals(0, imported.exitCode(), imported.err());
    }

    private Outcome run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--vault", vault, "--user", "coord", "--passphrase-file", pf));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    @Test
    void reviewDryRunAndMergeFromTheCommandLine() {
        Outcome list = run("person", "duplicates");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("1 pair."), list.out());
        assertFalse(list.out().contains("Pel"), "no names without --names");
        assertTrue(run("person", "duplicates", "--names").out().contains("Marnie Pelworth"));
        String[] pair = list.out().lines().findFirst().orElseThrow().split("\t");

        Outcome dry = run("person", "merge", pair[0], pair[1], "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("Merge person " + pair[1] + ": Marnie Pelworth"), dry.out());
        assertTrue(dry.out().contains("Must not receive, added: Gail Pellworth"), dry.out());

        Outcome bad = run("person", "merge", pair[0], pair[1], "--take", "shoe-size", "--reason", "same");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("shoe-size is not a value"), bad.err());
        assertFalse(bad.err().contains("Exception"));
        assertEquals(2, run("person", "merge", pair[0], pair[1]).exitCode(), "a reason is required");
        assertEquals(2, run("person", "merge", pair[0], "999999", "--dry-run").exitCode(), "no such person");

        Outcome merged = run("person", "merge", pair[0], pair[1], "--reason", "Surname misspelt on the second referral");
        assertEquals(0, merged.exitCode(), merged.err());
        assertTrue(merged.out().contains("1 case and 1 referral moved; 1 must-not-receive entry added"), merged.out());
        assertTrue(run("person", "duplicates").out().contains("0 pairs."));
    }

    @Test
    void differentPeopleLeaveTheList() {
        String[] pair = run("person", "duplicates").out().lines().findFirst().orElseThrow().split("\t");
        Outcome done = run("person", "not-duplicate", pair[0], pair[1], "--reason", "Cousins with the same name");
        assertEquals(0, done.exitCode(), done.err());
        assertTrue(run("person", "duplicates").out().contains("0 pairs."));
    }
}
