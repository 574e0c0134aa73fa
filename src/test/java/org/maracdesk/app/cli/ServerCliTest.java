package org.maracdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.Main;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.testdata.SharedServer;

/**
 * The command line on a shared server ({@code --server FILE}): {@code server init}, {@code vault check},
 * {@code case list} and {@code research list} as the account's own login role, and the exit codes and
 * one-line messages for a wrong passphrase, an unreachable server and a wrong pair of options.
 */
class ServerCliTest {
    @TempDir
    Path dir;
    private SharedServer server;
    private MeetingVault vault;
    private Path passphrase;

    @BeforeEach
    void aServerWithOneCaseForThePolice() throws Exception {
        server = new SharedServer(dir.resolve("server"), "Coordinator", "coordinator", MeetingVault.PASS);
        vault = new MeetingVault(server);
        long meeting = vault.meeting(MeetingVault.TODAY.plusDays(10), MeetingVault.TODAY.plusDays(3),
                MeetingStatus.SCHEDULED);
        long caseA = vault.acceptedCase(MeetingVault.TODAY.minusDays(5), 0);
        vault.acceptedCase(MeetingVault.TODAY.minusDays(4), 0);
        vault.action(meeting, caseA, "Flag the address");
        passphrase = dir.resolve("pass.txt");
        Files.writeString(passphrase, MeetingVault.PASS + "\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        vault.lock();
    }

    @Test
    void serverInitSetsUpANewDatabaseAndItsFirstAccountSignsIn() throws Exception {
        Path file = dir.resolve("new.properties");
        Path adminPassword = dir.resolve("admin.txt");
        String url = org.maracdesk.testdata.TestPostgres.freshDatabase().url();
        Files.writeString(file, "url=" + url + "\n", StandardCharsets.UTF_8);
        Files.writeString(adminPassword, new String(server.admin().password()), StandardCharsets.UTF_8);
        Run init = run("server", "init", "--connection", file.toString(), "--admin-user", server.admin().user(),
                "--admin-password-file", adminPassword.toString(), "--user", "casey", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.OK, init.code, init.err);
        assertTrue(init.out.contains("login role"), init.out);
        Run check = run("vault", "check", "--server", file.toString(), "--user", "casey", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.OK, check.code, check.err);
        assertTrue(check.out.startsWith("Server OK"), check.out);
        Run again = run("server", "init", "--connection", file.toString(), "--admin-user", server.admin().user(),
                "--admin-password-file", adminPassword.toString(), "--user", "casey", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.FAILED, again.code);
        assertOneLine(again);
    }

    @Test
    void caseAndResearchListsShowTheSignedInAccountsScope() throws Exception {
        Run coordinator = run("case", "list", "--server", file(), "--user", "coordinator", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.OK, coordinator.code, coordinator.err);
        assertTrue(coordinator.out.contains("2 cases."), coordinator.out);
        Run police = run("case", "list", "--server", file(), "--user", "police", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.OK, police.code, police.err);
        assertTrue(police.out.contains("1 cases."), police.out);
        Run research = run("research", "list", "--server", file(), "--user", "police", "--passphrase-file",
                passphrase.toString(), "--json");
        assertEquals(ExitCodes.OK, research.code, research.err);
        assertTrue(research.out.contains("\"requests\""), research.out);
    }

    @Test
    void auditVerifyOnAServerIsTheServersOwnCheck() throws Exception {
        Run ok = run("audit", "verify", "--server", file(), "--user", "coordinator", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.OK, ok.code, ok.err);
        assertTrue(ok.out.startsWith("Audit trail intact"), ok.out);
        try (java.sql.Connection c = server.superuser(); java.sql.Statement st = c.createStatement()) {
            st.execute("update audit_entry set actor = 'someone-else' where seq = 2");
        }
        Run broken = run("audit", "verify", "--server", file(), "--user", "coordinator", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.AUDIT_BROKEN, broken.code, broken.err);
        assertTrue(broken.out.contains("broken at entry 2"), broken.out);
    }

    @Test
    void userRemoveAndResetOnAServerEndTheOldCredentials() throws Exception {
        Path fresh = dir.resolve("fresh.txt");
        Files.writeString(fresh, "a fresh passphrase for housing\n", StandardCharsets.UTF_8);
        Run reset = run("user", "reset", "--server", file(), "--user", "coordinator", "--passphrase-file",
                passphrase.toString(), "--target", "housing", "--new-passphrase-file", fresh.toString());
        assertEquals(ExitCodes.OK, reset.code, reset.err);
        assertTrue(reset.out.contains("New passphrase set for housing"), reset.out);
        assertEquals(ExitCodes.WRONG_CREDENTIALS, run("case", "list", "--server", file(), "--user", "housing",
                "--passphrase-file", passphrase.toString()).code);
        assertEquals(ExitCodes.OK, run("case", "list", "--server", file(), "--user", "housing",
                "--passphrase-file", fresh.toString()).code);
        Run remove = run("user", "remove", "--server", file(), "--user", "coordinator", "--passphrase-file",
                passphrase.toString(), "--target", "police");
        assertEquals(ExitCodes.OK, remove.code, remove.err);
        assertTrue(remove.out.startsWith("Removed police"), remove.out);
        Run police = run("case", "list", "--server", file(), "--user", "police", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.WRONG_CREDENTIALS, police.code);
        assertOneLine(police);
        Run self = run("user", "remove", "--server", file(), "--user", "coordinator", "--passphrase-file",
                passphrase.toString(), "--target", "coordinator");
        assertOneLine(self);
    }

    @Test
    void demoFillsANewServerWithAnAccountPerRoleThatEachSeeTheirScope() throws Exception {
        Path file = dir.resolve("demo.properties");
        Path adminPassword = dir.resolve("admin.txt");
        Files.writeString(file, "url=" + org.maracdesk.testdata.TestPostgres.freshDatabase().url() + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(adminPassword, new String(server.admin().password()), StandardCharsets.UTF_8);
        Run demo = run("demo", "--server", file.toString(), "--admin-user", server.admin().user(),
                "--admin-password-file", adminPassword.toString(), "--cases", "20", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.OK, demo.code, demo.err);
        assertTrue(demo.out.startsWith("Demo server: "), demo.out);
        Run coordinator = run("case", "list", "--server", file.toString(), "--user", "coordinator",
                "--passphrase-file", passphrase.toString());
        assertEquals(ExitCodes.OK, coordinator.code, coordinator.err);
        int all = cases(coordinator.out);
        assertTrue(all >= 20, coordinator.out);
        Run police = run("case", "list", "--server", file.toString(), "--user", "police", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.OK, police.code, police.err);
        assertTrue(cases(police.out) < all, "police sees its scope, not every case: " + police.out);
        Run audit = run("audit", "verify", "--server", file.toString(), "--user", "admin", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.OK, audit.code, audit.out + audit.err);
        Run both = run("demo", "--server", file.toString(), "--vault", dir.resolve("v").toString(), "--admin-user",
                "x");
        assertEquals(ExitCodes.USAGE, both.code);
    }

    private static int cases(String listOutput) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) cases[.;]").matcher(listOutput);
        assertTrue(m.find(), listOutput);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void loginPasswordWritesAnOwnerOnlyPassFileThatSignsInAsTheAccountsRole() throws Exception {
        Path pass = dir.resolve("police.pgpass");
        Run r = run("server", "login-password", "--server", file(), "--user", "police", "--passphrase-file",
                passphrase.toString(), "--out", pass.toString());
        assertEquals(ExitCodes.OK, r.code, r.err);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(pass)));
        String[] fields = Files.readString(pass, StandardCharsets.UTF_8).strip().split(":");
        String role = org.maracdesk.store.ServerFile.read(server.connectionFile()).loginRole("police");
        assertEquals(role, fields[3]);
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", fields[3]);
        p.setProperty("password", fields[4]);
        String url = org.maracdesk.store.ServerFile.read(server.connectionFile()).url();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, p);
             java.sql.ResultSet rs = c.createStatement().executeQuery("select current_user, count(*) from marac_case")) {
            rs.next();
            assertEquals(role, rs.getString(1));
            assertEquals(1, rs.getInt(2), "police sees its one case, not the other");
        }
        Run again = run("server", "login-password", "--server", file(), "--user", "police", "--passphrase-file",
                passphrase.toString(), "--out", pass.toString());
        assertEquals(ExitCodes.USAGE, again.code, "an existing file is never overwritten");
    }

    /** {@code vault passwd --server}: one's own login password changes on the server with the passphrase. */
    @Test
    void vaultPasswdOnAServerChangesTheLoginPassword() throws Exception {
        Path fresh = dir.resolve("fresh-own.txt");
        Files.writeString(fresh, "my own fresh passphrase for housing\n", StandardCharsets.UTF_8);
        Path wrong = dir.resolve("wrong-own.txt");
        Files.writeString(wrong, "this is not the passphrase", StandardCharsets.UTF_8);
        Run refused = run("vault", "passwd", "--server", file(), "--user", "housing", "--passphrase-file",
                wrong.toString(), "--new-passphrase-file", fresh.toString());
        assertEquals(ExitCodes.WRONG_CREDENTIALS, refused.code);
        assertOneLine(refused);
        Run changed = run("vault", "passwd", "--server", file(), "--user", "housing", "--passphrase-file",
                passphrase.toString(), "--new-passphrase-file", fresh.toString());
        assertEquals(ExitCodes.OK, changed.code, changed.err);
        assertTrue(changed.out.contains("Passphrase changed for housing on the shared server"), changed.out);
        Run old = run("case", "list", "--server", file(), "--user", "housing", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.WRONG_CREDENTIALS, old.code, "the old passphrase no longer signs in");
        assertEquals(ExitCodes.OK, run("case", "list", "--server", file(), "--user", "housing",
                "--passphrase-file", fresh.toString()).code);
    }

    @Test
    void failuresAreOneLineWithTheirOwnExitCodes() throws Exception {
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "this is not the passphrase", StandardCharsets.UTF_8);
        Run badPass = run("case", "list", "--server", file(), "--user", "police", "--passphrase-file", wrong.toString());
        assertEquals(ExitCodes.WRONG_CREDENTIALS, badPass.code);
        assertOneLine(badPass);
        Path down = dir.resolve("down.properties");
        Files.writeString(down, Files.readString(Path.of(file())).replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:1"),
                StandardCharsets.UTF_8);
        Run unreachable = run("case", "list", "--server", down.toString(), "--user", "police", "--passphrase-file",
                passphrase.toString());
        assertEquals(ExitCodes.SERVER_UNREACHABLE, unreachable.code);
        assertOneLine(unreachable);
        Run both = run("case", "list", "--server", file(), "--vault", dir.toString(), "--user", "police",
                "--passphrase-file", passphrase.toString());
        assertEquals(ExitCodes.USAGE, both.code);
        assertOneLine(both);
        Run init = run("vault", "init", "--server", file(), "--user", "x", "--passphrase-file", passphrase.toString());
        assertEquals(ExitCodes.USAGE, init.code);
    }

    private String file() {
        return server.connectionFile().toString();
    }

    private static void assertOneLine(Run r) {
        String err = r.err.lines().filter(l -> l.startsWith("marac-desk:")).findFirst().orElse("");
        assertFalse(err.isEmpty(), r.err);
        assertFalse(r.err.contains("\tat "), "no stack trace: " + r.err);
        assertFalse(r.out.contains("\tat "), "no stack trace: " + r.out);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
