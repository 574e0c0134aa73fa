package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.ExitCodes;

/** The launcher's subcommands, run in-process exactly as a script would call them. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Outcome(int exitCode, String out, String err) {
    }

    static Outcome run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path passphraseFile(String name, String passphrase) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, passphrase + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void versionAndHelpExitZero() {
        Outcome version = run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("MARAC Desk "));
        Outcome help = run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("vault") && help.out().contains("demo"));
    }

    @Test
    void initThenCheckReportsAHealthyVault() throws Exception {
        Path vault = dir.resolve("v");
        String pf = passphraseFile("p.txt", "Żółw idzie powoli przez las").toString();
        Outcome init = run("vault", "init", "--vault", vault.toString(), "--user", "coord", "--passphrase-file", pf);
        assertEquals(0, init.exitCode(), init.err());
        Outcome check = run("vault", "check", "--vault", vault.toString(), "--user", "coord", "--passphrase-file", pf);
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().startsWith("Vault OK:"), check.out());
        assertEquals(1, check.out().lines().count(), "the summary is one line");
    }

    @Test
    void wrongPassphraseExitsNonZeroAndRevealsNothing() throws Exception {
        Path vault = dir.resolve("v");
        run("vault", "init", "--vault", vault.toString(), "--user", "coord",
                "--passphrase-file", passphraseFile("p.txt", "the right passphrase").toString());
        Outcome wrong = run("vault", "check", "--vault", vault.toString(), "--user", "coord",
                "--passphrase-file", passphraseFile("w.txt", "the wrong passphrase").toString());
        Outcome unknown = run("vault", "check", "--vault", vault.toString(), "--user", "someone",
                "--passphrase-file", passphraseFile("r.txt", "the right passphrase").toString());
        assertEquals(ExitCodes.WRONG_CREDENTIALS, wrong.exitCode());
        assertEquals(wrong.err().strip(), lastLine(unknown.err()),
                "an unknown user looks exactly like a wrong passphrase");
        assertTrue(unknown.err().startsWith("Waiting 1 s after earlier failed sign-in attempts"),
                "the second try waits, whoever it is for: " + unknown.err());
        assertTrue(wrong.err().contains("username or passphrase is not right"));
        assertFalse(wrong.err().contains("Exception"));
        assertEquals("", wrong.out());
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void shortPassphraseIsRefusedAtInitWithTheRule() throws Exception {
        Outcome o = run("vault", "init", "--vault", dir.resolve("v").toString(), "--user", "coord",
                "--passphrase-file", passphraseFile("p.txt", "too short").toString());
        assertEquals(ExitCodes.USAGE, o.exitCode());
        assertTrue(o.err().contains("12 to 128 characters"));
        assertFalse(Files.exists(dir.resolve("v").resolve("vault.json")));
    }

    @Test
    void checkingAFolderWithoutAVaultSaysSo() throws Exception {
        Outcome o = run("vault", "check", "--vault", dir.resolve("nothing").toString(), "--user", "coord",
                "--passphrase-file", passphraseFile("p.txt", "whatever passphrase").toString());
        assertEquals(ExitCodes.VAULT_PROBLEM, o.exitCode());
        assertTrue(o.err().contains("there is no vault in"));
    }

    @Test
    void demoCreatesAVaultOfAtLeastTwoHundredCasesThatChecksClean() throws Exception {
        Path vault = dir.resolve("demo");
        String pf = passphraseFile("p.txt", "demo passphrase for tests").toString();
        Outcome demo = run("demo", "--vault", vault.toString(), "--passphrase-file", pf);
        assertEquals(0, demo.exitCode(), demo.err());
        assertFalse(demo.out().contains("Demo passphrase:"), "a given passphrase is never echoed");
        org.maracdesk.security.SessionManager sessions = org.maracdesk.app.cli.CliVault.sessionsFor(vault);
        sessions.unlock("coordinator", "demo passphrase for tests".toCharArray());
        try {
            var service = new org.maracdesk.casework.CaseQueryService(sessions, sessions, sessions.audit());
            long cases = service.countCases();
            assertTrue(cases >= 200, "the demo vault has " + cases + " cases");
            var rows = service.listCases();
            assertEquals(cases, rows.size());
            assertTrue(rows.stream().anyMatch(r -> r.repeat()), "some cases are marked as repeats");
            assertTrue(rows.stream().anyMatch(r -> r.children() > 0), "some households have children");
            assertTrue(rows.stream().allMatch(r -> r.score() != null && r.band() != null), "every case is scored");
            assertTrue(rows.stream().anyMatch(r -> r.openActions() > 0), "some actions are still open");
            assertTrue(rows.stream().map(r -> r.openedOn()).min(java.time.LocalDate::compareTo).orElseThrow()
                    .isBefore(java.time.LocalDate.now().minusMonths(10)), "cases span the last twelve months");
        } finally {
            sessions.lock();
        }
        Outcome check = run("vault", "check", "--vault", vault.toString(), "--user", "coordinator",
                "--passphrase-file", pf);
        assertEquals(0, check.exitCode(), check.err());
    }

    @Test
    void demoWithGeneratedPassphraseSavesItOwnerOnlyAndLeavesTheParentAlone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"));
        java.nio.file.Files.setPosixFilePermissions(dir,
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Outcome demo = run("demo", "--vault", dir.resolve("demo").toString(), "--cases", "5");
        assertEquals(0, demo.exitCode(), demo.err());
        Path saved = dir.resolve("demo.passphrase");
        String printed = demo.out().lines().filter(l -> l.startsWith("Demo passphrase: ")).findFirst().orElseThrow()
                .substring("Demo passphrase: ".length());
        assertEquals(printed, Files.readString(saved).strip());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(saved)));
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir)), "the folder around the vault was changed");
    }

    @Test
    void auditVerifyPassesOnAFreshVaultAndNamesTheEntryAfterTampering() throws Exception {
        Path vault = dir.resolve("v");
        String pf = passphraseFile("p.txt", "audit verify passphrase").toString();
        run("vault", "init", "--vault", vault.toString(), "--user", "coord", "--passphrase-file", pf);
        Outcome ok = run("audit", "verify", "--vault", vault.toString(), "--user", "coord", "--passphrase-file", pf);
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().startsWith("Audit trail intact:"), ok.out());

        org.maracdesk.security.SessionManager s = org.maracdesk.app.cli.CliVault.sessionsFor(vault);
        s.unlock("coord", "audit verify passphrase".toCharArray());
        s.store().withConnection(c -> c.createStatement().executeUpdate(
                "update audit_entry set action = 'LOCKED' where seq = 1"));
        s.lock();
        Outcome bad = run("audit", "verify", "--vault", vault.toString(), "--user", "coord", "--passphrase-file", pf);
        assertEquals(org.maracdesk.app.cli.ExitCodes.AUDIT_BROKEN, bad.exitCode());
        assertTrue(bad.out().startsWith("Audit trail broken at entry 1:"), bad.out());
    }

    @Test
    void backupThenRestoreIntoANewFolderPassesVerificationAndVaultCheck() throws Exception {
        Path vault = dir.resolve("demo");
        String pf = passphraseFile("p.txt", "backup cli passphrase").toString();
        assertEquals(0, run("demo", "--vault", vault.toString(), "--passphrase-file", pf, "--cases", "20").exitCode());
        Path file = dir.resolve("demo-backup.zip");
        Outcome backup = run("backup", "--vault", vault.toString(), "--user", "coordinator", "--passphrase-file", pf,
                "--out", file.toString());
        assertEquals(0, backup.exitCode(), backup.err());
        Outcome restore = run("restore", "--in", file.toString(), "--vault", dir.resolve("copy").toString(),
                "--user", "coordinator", "--passphrase-file", pf);
        assertEquals(0, restore.exitCode(), restore.err() + restore.out());
        assertTrue(restore.out().contains("Verified: row counts match"), restore.out());
        assertEquals(0, run("vault", "check", "--vault", dir.resolve("copy").toString(), "--user", "coordinator",
                "--passphrase-file", pf).exitCode());
    }

    @Test
    void recoveryKeyShownOnceAtInitSetsANewPassphraseAndIsAudited() throws Exception {
        Path vault = dir.resolve("v");
        String pf = passphraseFile("p.txt", "the original passphrase").toString();
        Outcome init = run("vault", "init", "--vault", vault.toString(), "--user", "coord", "--passphrase-file", pf);
        List<String> lines = init.out().lines().toList();
        String key = lines.get(lines.size() - 1);
        assertTrue(key.matches("[A-Z2-9]{5}(-[A-Z2-9]{5}){4}"), "the last line is the recovery key");
        Path keyFile = passphraseFile("key.txt", key.toLowerCase().replace("-", " "));
        String fresh = passphraseFile("new.txt", "a completely new passphrase").toString();

        Outcome recover = run("vault", "recover", "--vault", vault.toString(), "--user", "coord",
                "--recovery-key-file", keyFile.toString(), "--new-passphrase-file", fresh);
        assertEquals(0, recover.exitCode(), recover.err());
        assertEquals(ExitCodes.WRONG_CREDENTIALS, run("vault", "check", "--vault", vault.toString(), "--user", "coord",
                "--passphrase-file", pf).exitCode(), "the forgotten passphrase no longer opens it");
        Outcome audit = run("audit", "verify", "--vault", vault.toString(), "--user", "coord", "--passphrase-file", fresh);
        assertEquals(0, audit.exitCode(), audit.err());

        Outcome wrongKey = run("vault", "recover", "--vault", vault.toString(), "--user", "coord",
                "--recovery-key-file", passphraseFile("bad.txt", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA").toString(),
                "--new-passphrase-file", fresh);
        assertEquals(ExitCodes.WRONG_CREDENTIALS, wrongKey.exitCode());
    }

    @Test
    void passwdChangesOnlyTheOwnSlotAfterCheckingTheCurrentPassphrase() throws Exception {
        Path vault = dir.resolve("v");
        String pf = passphraseFile("p.txt", "the original passphrase").toString();
        run("vault", "init", "--vault", vault.toString(), "--user", "coord", "--passphrase-file", pf);
        String fresh = passphraseFile("new.txt", "a completely new passphrase").toString();
        Outcome passwd = run("vault", "passwd", "--vault", vault.toString(), "--user", "coord", "--passphrase-file", pf,
                "--new-passphrase-file", fresh);
        assertEquals(0, passwd.exitCode(), passwd.err());
        assertEquals(0, run("vault", "check", "--vault", vault.toString(), "--user", "coord", "--passphrase-file", fresh)
                .exitCode());
        Outcome tooShort = run("vault", "passwd", "--vault", vault.toString(), "--user", "coord",
                "--passphrase-file", fresh, "--new-passphrase-file", passphraseFile("s.txt", "short").toString());
        assertEquals(ExitCodes.USAGE, tooShort.exitCode());
    }

    @Test
    void demoVaultHasOneAccountPerRoleAndEachRoleSeesExactlyItsCases() throws Exception {
        Path vault = dir.resolve("demo");
        String pf = passphraseFile("p.txt", "demo roles passphrase").toString();
        assertEquals(0, run("demo", "--vault", vault.toString(), "--passphrase-file", pf, "--cases", "10").exitCode());
        Outcome list = run("user", "list", "--vault", vault.toString(), "--user", "admin", "--passphrase-file", pf);
        assertEquals(0, list.exitCode(), list.err());
        assertEquals(List.of("admin\tadministrator", "chair\tchair", "coordinator\tcoordinator",
                "idva\tidva\tidva", "police\tagency-representative\tpolice"), list.out().lines().toList());
        Outcome refused = run("user", "list", "--vault", vault.toString(), "--user", "police", "--passphrase-file", pf);
        assertEquals(ExitCodes.NOT_ALLOWED, refused.exitCode());
        Map<String, String> expected = Map.of(
                "chair", "select l.case_id from listing l join meeting m on m.id = l.meeting_id"
                        + " where m.status <> 'CLOSED' union select a.case_id from action_item a left join meeting r"
                        + " on r.id = a.reviewed_at_meeting_id where a.status = 'OPEN' or r.status <> 'CLOSED'",
                "police", "select l.case_id from listing l join research_request r on r.listing_id = l.id"
                        + " where r.agency_code = 'police' union select case_id from action_item"
                        + " where agency_code = 'police'",
                "idva", "select l.case_id from listing l join research_request r on r.listing_id = l.id"
                        + " where r.agency_code = 'idva' union select case_id from action_item where agency_code = 'idva'");
        for (String user : List.of("chair", "police", "idva", "coordinator")) {
            org.maracdesk.security.SessionManager s = org.maracdesk.app.cli.CliVault.sessionsFor(vault);
            s.unlock(user, "demo roles passphrase".toCharArray());
            try {
                java.util.Set<Long> seen = new java.util.HashSet<>();
                new org.maracdesk.casework.CaseQueryService(s, s, s.audit()).listCases().forEach(c -> seen.add(c.id()));
                String sql = expected.getOrDefault(user, "select id from marac_case");
                java.util.Set<Long> shouldSee = s.store().read(q -> {
                    java.util.Set<Long> ids = new java.util.HashSet<>();
                    q.createNativeQuery(sql, Object.class).getResultList().forEach(o -> ids.add(((Number) o).longValue()));
                    q.createNativeQuery("select case_id from must_not_receive where case_id is not null"
                            + " and agency_code = '" + user + "'", Object.class).getResultList()
                            .forEach(o -> ids.remove(((Number) o).longValue()));
                    return ids;
                });
                assertFalse(shouldSee.isEmpty(), user);
                assertEquals(shouldSee, seen, user);
            } finally {
                s.lock();
            }
        }
    }
}
