package org.maracdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.Main;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.security.AuditReport;
import org.maracdesk.security.VaultToServer;
import org.maracdesk.store.ServerImport;
import org.maracdesk.testdata.SharedServer;

/**
 * {@code server import --vault DIR} on the project's real PostgreSQL cluster (decision 0039): a demo vault moved
 * onto a server set up by {@code server init} gives the same row counts, and the same cases and case content as
 * read through the scope component by the coordinator and by police, with a case barred to police still hidden
 * from police; the audit trail, re-sealed with the server's key, verifies; a second run is refused; a failure
 * midway, a dry run and each bad input leave the server exactly as it was, with a one-line message.
 */
class ServerImportTest {
    private static final String PASS = "server import test passphrase";
    private static final String NEW_PASS = "a new passphrase on the server";

    @TempDir
    static Path shared;
    private static Path vaultDir;
    private static long barredCase;

    @TempDir
    Path dir;
    private SharedServer server;
    private Path passFile;
    private Path adminFile;

    /** A demo vault (every role, about 80 cases), and one case police would see barred from police. */
    @BeforeAll
    static void aDemoVaultWithACaseBarredFromPolice() throws Exception {
        vaultDir = shared.resolve("vault");
        DemoCommand.build(vaultDir, 13L, 80, 40, (d, t, l) -> { }, Cancellation.never(), PASS.toCharArray());
        List<CaseSummary> police = caseList("police");
        assertFalse(police.isEmpty(), "police sees some demo cases");
        barredCase = police.get(0).id();
        ServicesGraph v = CliVault.servicesFor(vaultDir);
        v.sessions().unlock("coordinator", PASS.toCharArray());
        try {
            v.mustNotReceive().add(police.get(0).reference(), new MustNotReceiveEntry(Agency.POLICE, null,
                    "the perpetrator works for the police (synthetic)"));
        } finally {
            v.sessions().lock();
        }
        assertFalse(caseList("police").stream().anyMatch(c -> c.id() == barredCase), "barred in the vault");
    }

    @BeforeEach
    void aServerJustSetUp() throws Exception {
        server = new SharedServer(dir.resolve("server"), "Server Coordinator", "casey", PASS);
        passFile = dir.resolve("pass.txt");
        Files.writeString(passFile, PASS + "\n", StandardCharsets.UTF_8);
        adminFile = dir.resolve("admin.txt");
        Files.writeString(adminFile, new String(server.admin().password()), StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void theImportedServerShowsEachAccountWhatTheVaultShowedIt() throws Exception {
        Map<String, Long> vaultRows = vaultRows();
        long vaultEntries = vaultRows.get("audit_entry");
        Map<String, List<?>> inVault = Map.of("coordinator", content("coordinator", null),
                "police", content("police", null));

        Run run = importVault();
        assertEquals(ExitCodes.OK, run.code, run.err);
        assertTrue(run.out.contains("Imported " + vaultRows.get("marac_case") + " case(s)"), run.out);
        assertTrue(run.err.contains("Copied "), "progress: " + run.err);

        Map<String, Long> serverRows = serverRows(vaultRows.keySet());
        for (String t : vaultRows.keySet()) {
            if (!t.startsWith("audit") && !t.equals("account")) {
                assertEquals(vaultRows.get(t), serverRows.get(t), t);
            }
        }
        assertTrue(serverRows.get("audit_entry") > vaultEntries, "the vault's entries and the server's own");

        // The importer signs in with its vault passphrase and gives the others theirs.
        ServicesGraph admin = new ServicesGraph(null, Runnable::run, CliVault.CLOCK);
        admin.server().signIn(server.connectionFile(), "admin", PASS.toCharArray());
        AuditReport report = admin.sessions().lastAuditReport().orElseThrow();
        assertTrue(report.intact(), "the whole server chain verifies: " + report.problem());
        for (String user : new String[] {"coordinator", "police"}) {
            admin.server().resetPassphrase(server.connectionFile(), user, NEW_PASS.toCharArray());
        }
        admin.sessions().lock();

        for (String user : inVault.keySet()) {
            assertEquals(inVault.get(user), content(user, server.connectionFile()), user + ": same cases, same content");
        }
        assertFalse(((List<?>) inVault.get("police").get(0)).isEmpty());
        assertFalse(caseIds("police", server.connectionFile()).contains(barredCase), "still barred from police");
        assertTrue(caseIds("coordinator", server.connectionFile()).contains(barredCase));
        try (Connection c = plainJdbcAs("police", NEW_PASS); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select id from marac_case")) {
            Set<Long> seen = new TreeSet<>();
            while (rs.next()) {
                seen.add(rs.getLong(1));
            }
            assertEquals(caseIds("police", server.connectionFile()), seen, "psql as police: the same scope, from the"
                    + " database's own row-level security");
        }
        try (Connection c = server.connectAs("casey"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from marac_case where id = " + barredCase)) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the server's own coordinator sees it");
        }
        String[] imported = new String[2];
        try (Connection c = server.superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select entity_id, detail_digest from audit_entry"
                     + " where action = 'VAULT_IMPORTED'")) {
            assertTrue(rs.next(), "the import is in the server's trail");
            imported[0] = rs.getString(1);
            imported[1] = rs.getString(2);
            assertFalse(rs.next(), "once");
        }
        String[] range = imported[0].replace("entries ", "").split("-");
        long carried = Long.parseLong(range[1]) - Long.parseLong(range[0]) + 1;
        assertTrue(carried > vaultEntries, "every entry the vault had (and its sign-in for the import)");
        assertEquals(vaultHeadMac(carried), imported[1], "the vault's own MAC of its last carried entry");

        Run again = importVault();
        assertEquals(ExitCodes.VAULT_PROBLEM, again.code, again.out);
        assertOneLine(again);
        assertTrue(again.err.contains("already holds"), again.err);
        assertEquals(serverRows(vaultRows.keySet()).get("marac_case"), vaultRows.get("marac_case"));
    }

    @Test
    void newRowsOnTheServerDoNotCollideWithImportedOnes() throws Exception {
        assertEquals(ExitCodes.OK, importVault().code);
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            for (String t : List.of("marac_case", "person", "referral", "action_item", "meeting")) {
                try (ResultSet rs = st.executeQuery("select (select last_value from " + t + "_seq) - 49"
                        + " > (select max(id) from " + t + ")")) {
                    rs.next();
                    assertTrue(rs.getBoolean(1), t + ": the next block of ids lies past the imported ones");
                }
            }
        }
    }

    @Test
    void replaceSwapsTheServersDataForTheVaultsAndKeepsItsAccountsAndTrail() throws Exception {
        assertEquals(ExitCodes.OK, importVault().code);
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            st.execute("delete from research_request where id = (select min(id) from research_request)");
        }
        Map<String, Long> vaultRows = vaultRows();
        long entriesBefore = serverRows(Set.of("audit_entry")).get("audit_entry");
        Run replace = run("server", "import", "--connection", server.connectionFile().toString(), "--admin-user",
                server.admin().user(), "--admin-password-file", adminFile.toString(), "--vault", vaultDir.toString(),
                "--user", "admin", "--passphrase-file", passFile.toString(), "--replace");
        assertEquals(ExitCodes.OK, replace.code, replace.err);
        assertTrue(replace.out.contains("its earlier data replaced"), replace.out);
        assertTrue(replace.out.contains("Accounts added: none"), replace.out);
        Map<String, Long> after = serverRows(vaultRows.keySet());
        for (String t : copiedTables()) {
            assertEquals(vaultRows.get(t), after.get(t), t);
        }
        assertTrue(after.get("audit_entry") > entriesBefore, "the trail only grows");
        try (Connection c = server.superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select intact from marac_audit_verify()")) {
            rs.next();
            assertTrue(rs.getBoolean(1), "the server's chain verifies");
        }
    }

    @Test
    void aFailureMidwayLeavesTheServerAsItWas() throws Exception {
        Map<String, Long> before = serverRows(vaultRows().keySet());
        Set<String> rolesBefore = loginRoles();
        ServicesGraph v = CliVault.servicesFor(vaultDir);
        v.sessions().unlock("admin", PASS.toCharArray());
        try {
            RuntimeException e = assertThrows(IllegalStateException.class, () -> v.vaultToServer().run(
                    new VaultToServer.Request(server.connectionFile(), server.admin().user(), false, false),
                    server.admin().password(), PASS.toCharArray(), (rows, total, table) -> {
                        if (table.equals("referral")) {
                            throw new IllegalStateException("network lost (simulated)");
                        }
                    }));
            assertEquals("network lost (simulated)", e.getMessage());
        } finally {
            v.sessions().lock();
        }
        assertEquals(before, serverRows(before.keySet()), "no row added or removed");
        assertEquals(rolesBefore, loginRoles(), "no login role left behind");
        Run after = importVault();
        assertEquals(ExitCodes.OK, after.code, "a later import still works: " + after.err);
    }

    @Test
    void aDryRunCountsAndChangesNothing() throws Exception {
        Map<String, Long> before = serverRows(vaultRows().keySet());
        Run dry = run("server", "import", "--connection", server.connectionFile().toString(), "--admin-user",
                server.admin().user(), "--admin-password-file", adminFile.toString(), "--vault", vaultDir.toString(),
                "--user", "admin", "--passphrase-file", passFile.toString(), "--dry-run");
        assertEquals(ExitCodes.OK, dry.code, dry.err);
        assertTrue(dry.out.contains("marac_case"), dry.out);
        assertTrue(dry.out.contains("Dry run: nothing was changed"), dry.out);
        assertEquals(before, serverRows(before.keySet()));
    }

    @Test
    void badInputIsOneLineWithItsOwnExitCodeAndChangesNothing() throws Exception {
        Map<String, Long> before = serverRows(vaultRows().keySet());
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "not the passphrase at all", StandardCharsets.UTF_8);
        Run badVault = importVault("admin", wrong, adminFile, server.connectionFile());
        assertEquals(ExitCodes.WRONG_CREDENTIALS, badVault.code);
        assertOneLine(badVault);
        Run badAdmin = importVault("admin", passFile, wrong, server.connectionFile());
        assertEquals(ExitCodes.WRONG_CREDENTIALS, badAdmin.code);
        assertOneLine(badAdmin);
        Path down = dir.resolve("down.properties");
        Files.writeString(down, Files.readString(server.connectionFile()).replaceAll("127\\.0\\.0\\.1:\\d+",
                "127.0.0.1:1"), StandardCharsets.UTF_8);
        Run unreachable = importVault("admin", passFile, adminFile, down);
        assertEquals(ExitCodes.SERVER_UNREACHABLE, unreachable.code, unreachable.err);
        assertOneLine(unreachable);
        Run coordinator = importVault("coordinator", passFile, adminFile, server.connectionFile());
        assertEquals(ExitCodes.NOT_ALLOWED, coordinator.code, coordinator.err);
        assertTrue(coordinator.err.contains("administrator"), coordinator.err);
        assertOneLine(coordinator);
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            st.execute("delete from flyway_schema_history where installed_rank = (select max(installed_rank)"
                    + " from flyway_schema_history)");
        }
        Run older = importVault();
        assertEquals(ExitCodes.VAULT_PROBLEM, older.code, older.err);
        assertTrue(older.err.contains("run server upgrade first"), older.err);
        assertOneLine(older);
        assertEquals(before, serverRows(before.keySet()));
    }

    // --- helpers

    private Run importVault() {
        return importVault("admin", passFile, adminFile, server.connectionFile());
    }

    private Run importVault(String user, Path pass, Path adminPassword, Path connection) {
        return run("server", "import", "--connection", connection.toString(), "--admin-user", server.admin().user(),
                "--admin-password-file", adminPassword.toString(), "--vault", vaultDir.toString(), "--user", user,
                "--passphrase-file", pass.toString());
    }

    /** Rows per copied table in the vault, plus its accounts and audit entries. */
    private Map<String, Long> vaultRows() throws Exception {
        List<String> tables = new ArrayList<>(copiedTables());
        tables.add("account");
        tables.add("audit_entry");
        ServicesGraph v = CliVault.servicesFor(vaultDir);
        v.sessions().unlock("coordinator", PASS.toCharArray());
        try {
            return new LinkedHashMap<>(v.sessions().store().withConnection(c -> ServerImport.counts(c, tables)));
        } finally {
            v.sessions().lock();
        }
    }

    /** Plain JDBC as an account's own login role, its password derived from {@code pass} as the application does. */
    private Connection plainJdbcAs(String user, String pass) throws Exception {
        org.maracdesk.store.ServerFile file = org.maracdesk.store.ServerFile.read(server.connectionFile());
        try (org.maracdesk.store.ServerConnection login = file.signIn(user, pass.toCharArray())) {
            java.util.Properties p = new java.util.Properties();
            p.setProperty("user", login.user());
            p.setProperty("password", new String(login.password()));
            return java.sql.DriverManager.getConnection(login.url(), p);
        }
    }

    private static String vaultHeadMac(long seq) throws Exception {
        ServicesGraph v = CliVault.servicesFor(vaultDir);
        v.sessions().unlock("coordinator", PASS.toCharArray());
        try {
            return v.sessions().store().withConnection(c -> {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("select mac from audit_entry where seq = " + seq)) {
                    rs.next();
                    return rs.getString(1);
                }
            });
        } finally {
            v.sessions().lock();
        }
    }

    private List<String> copiedTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = server.superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
            while (rs.next()) {
                if (!ServerImport.NOT_COPIED.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    private Map<String, Long> serverRows(Set<String> tables) throws SQLException {
        try (Connection c = server.superuser()) {
            return new LinkedHashMap<>(ServerImport.counts(c, List.copyOf(tables)));
        }
    }

    private Set<String> loginRoles() throws SQLException {
        Set<String> roles = new TreeSet<>();
        try (Connection c = server.superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select rolname from pg_roles")) {
            while (rs.next()) {
                roles.add(rs.getString(1));
            }
        }
        return roles;
    }

    /** The case list and every case opened, as {@code user} sees them (on the vault, or the server's file). */
    private static List<?> content(String user, Path serverFile) throws Exception {
        ServicesGraph g = signedIn(user, serverFile);
        try {
            List<CaseSummary> cases = g.caseQueries().listCases();
            List<CaseDetail> opened = new ArrayList<>();
            for (CaseSummary c : cases) {
                opened.add(g.caseViews().open(c.id()));
            }
            return List.of(cases, opened);
        } finally {
            g.sessions().lock();
        }
    }

    private static Set<Long> caseIds(String user, Path serverFile) throws Exception {
        ServicesGraph g = signedIn(user, serverFile);
        try {
            Set<Long> ids = new TreeSet<>();
            g.caseQueries().listCases().forEach(c -> ids.add(c.id()));
            return ids;
        } finally {
            g.sessions().lock();
        }
    }

    private static List<CaseSummary> caseList(String user) throws Exception {
        ServicesGraph g = signedIn(user, null);
        try {
            return g.caseQueries().listCases();
        } finally {
            g.sessions().lock();
        }
    }

    private static ServicesGraph signedIn(String user, Path serverFile) throws Exception {
        if (serverFile == null) {
            ServicesGraph g = CliVault.servicesFor(vaultDir);
            g.sessions().unlock(user, PASS.toCharArray());
            return g;
        }
        ServicesGraph g = new ServicesGraph(null, Runnable::run, CliVault.CLOCK);
        g.server().signIn(serverFile, user, NEW_PASS.toCharArray());
        return g;
    }

    private static void assertOneLine(Run r) {
        assertTrue(r.err.lines().anyMatch(l -> l.startsWith("marac-desk:")), r.err);
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
            return new Run(Main.run(args), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
