package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CommandLineTest.Outcome;
import org.maracdesk.app.cli.ExitCodes;

/**
 * The need-to-know and revocation commands on a real demo vault: case list, research list,
 * the must-not-receive list, and removing an account so an old header copy opens nothing.
 */
class NeedToKnowCommandsTest {
    private static final String PASS = "need to know commands passphrase";
    @TempDir
    static Path shared;
    private static Path demo;
    private static String pf;
    @TempDir
    Path dir;

    @BeforeEach
    void demoVault() throws Exception {
        if (demo == null) {
            Path f = shared.resolve("p.txt");
            Files.writeString(f, PASS + "\n", StandardCharsets.UTF_8);
            pf = f.toString();
            demo = shared.resolve("demo");
            assertEquals(0, CommandLineTest.run("demo", "--vault", demo.toString(), "--passphrase-file", pf,
                    "--cases", "12").exitCode());
        }
    }

    private Path copyOfDemo() throws Exception {
        Path copy = dir.resolve("vault");
        Files.createDirectories(copy);
        try (var files = Files.list(demo)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, copy.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }

    private static Outcome as(Path vault, String user, String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--vault", vault.toString(), "--user", user, "--passphrase-file", pf}, 0, all,
                args.length, 6);
        return CommandLineTest.run(all);
    }

    @Test
    void barringThePoliceFromACaseTakesItOutOfTheirListAndResearch() throws Exception {
        Path vault = copyOfDemo();
        Outcome research = as(vault, "police", "research", "list", "--json");
        assertEquals(0, research.exitCode(), research.err());
        String ref = research.out().replaceAll("(?s).*?\"caseReference\" : \"([^\"]+)\".*", "$1");
        assertTrue(as(vault, "police", "case", "list").out().contains(ref));

        Outcome added = as(vault, "coordinator", "case", "mnr", "add", "--case", ref, "--agency", "police",
                "--reason", "the perpetrator is a serving officer");
        assertEquals(0, added.exitCode(), added.err());
        assertTrue(added.out().contains("1 research requests"), added.out());

        Outcome list = as(vault, "police", "case", "list");
        assertFalse(list.out().contains(ref), "the case is gone from the police list");
        assertTrue(list.out().contains("1 case is withheld from you"), list.out());
        assertFalse(as(vault, "police", "research", "list").out().contains(ref));
        assertFalse(as(vault, "police", "case", "list", "--names").out().matches("(?s).*\\t" + ref + "\\t.*"));

        Outcome mnr = as(vault, "coordinator", "case", "mnr", "list", "--case", ref);
        String entry = mnr.out().lines().filter(l -> l.contains("agency police")).findFirst().orElseThrow()
                .split("\t")[0];
        assertEquals(ExitCodes.USAGE, as(vault, "coordinator", "case", "mnr", "remove", "--case", ref, "--entry",
                entry, "--reason", " ").exitCode(), "removing needs a reason");
        assertEquals(0, as(vault, "coordinator", "case", "mnr", "remove", "--case", ref, "--entry", entry,
                "--reason", "entered against the wrong case").exitCode());
        assertTrue(as(vault, "coordinator", "case", "mnr", "list", "--case", ref).out().contains("removed"));
        assertEquals(ExitCodes.NOT_ALLOWED, as(vault, "police", "case", "mnr", "list", "--case", ref).exitCode());
    }

    @Test
    void anAdministratorListsNoCases() throws Exception {
        Outcome list = as(demo, "admin", "case", "list", "--json");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("\"cases\" : [ ]"), list.out());
    }

    @Test
    void aRemovedAccountsOldHeaderDoesNotOpenTheVault() throws Exception {
        Path vault = copyOfDemo();
        Path oldHeader = dir.resolve("old-vault.json");
        Files.copy(vault.resolve("vault.json"), oldHeader);
        Outcome removed = as(vault, "admin", "user", "remove", "--target", "police");
        assertEquals(0, removed.exitCode(), removed.err());
        assertTrue(removed.out().contains("new key"), removed.out());
        Files.copy(oldHeader, vault.resolve("vault.json"), StandardCopyOption.REPLACE_EXISTING);
        Outcome check = as(vault, "police", "vault", "check");
        assertEquals(ExitCodes.VAULT_PROBLEM, check.exitCode(), check.out() + check.err());
        assertFalse(check.err().contains("Exception"), "no stack trace: " + check.err());
    }

    @Test
    void automaticBackupsMadeBeforeARemovalAreNamedAndDeletedWhenAsked() throws Exception {
        Path vault = copyOfDemo();
        Path folder = org.maracdesk.store.AutoBackup.folderFor(vault);
        Path older = folder.resolve("marac-backup-20261120-101010.zip");
        Files.createDirectories(folder);
        Outcome backup = as(vault, "admin", "backup", "--out", older.toString());
        assertEquals(0, backup.exitCode(), backup.err());
        assertEquals(1, org.maracdesk.store.AutoBackup.list(vault).size(), "a real backup where automatic ones go");

        Outcome kept = as(vault, "admin", "user", "reset", "--target", "chair", "--new-passphrase-file", pf);
        assertEquals(0, kept.exitCode(), kept.err());
        assertTrue(kept.out().contains("1 automatic backup made before this change still opens"), kept.out());
        assertTrue(Files.exists(older), "nothing is deleted unless asked");

        Outcome removed = as(vault, "admin", "user", "remove", "--target", "police", "--delete-older-backups");
        assertEquals(0, removed.exitCode(), removed.err());
        assertTrue(removed.out().contains("Deleted 1 automatic backup "), removed.out());
        assertFalse(Files.exists(older), "the backup that still opened with the removed passphrase is gone");
        assertEquals(0, as(vault, "admin", "audit", "verify").exitCode(), "the deletion is in a valid trail");
    }

    @Test
    void renewingTheRecoveryKeyPrintsANewOne() throws Exception {
        Path vault = copyOfDemo();
        Outcome renewed = as(vault, "admin", "vault", "renew-recovery-key");
        assertEquals(0, renewed.exitCode(), renewed.err());
        String key = renewed.out().lines().skip(1).findFirst().orElseThrow().strip();
        Path keyFile = dir.resolve("key.txt");
        Files.writeString(keyFile, key + "\n");
        Path next = dir.resolve("next.txt");
        Files.writeString(next, "a recovered idva passphrase\n");
        Outcome recovered = CommandLineTest.run("vault", "recover", "--vault", vault.toString(), "--user", "idva",
                "--recovery-key-file", keyFile.toString(), "--new-passphrase-file", next.toString());
        assertEquals(0, recovered.exitCode(), recovered.err());
        assertEquals(ExitCodes.NOT_ALLOWED, as(vault, "police", "vault", "renew-recovery-key").exitCode());
    }
}
