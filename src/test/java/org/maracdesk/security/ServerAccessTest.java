package org.maracdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.common.ServerUnreachableException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.store.ServerFile;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.SharedServer;

/**
 * {@code server init} and signing in on a real PostgreSQL server (the test cluster): the roles it makes
 * and what they may do, the SCRAM verifier computed on the client, and sign-in as the account's own login
 * role with the password derived from the passphrase.
 */
class ServerAccessTest {
    private static final String PASS = "server access test passphrase";
    @TempDir
    Path dir;
    private SharedServer server;
    private ServicesGraph graph;

    @BeforeEach
    void setUp() {
        server = new SharedServer(dir, "Casey Coordinator", "casey", PASS);
        graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        graph.sessions().lock();
        server.close();
    }

    @Test
    void initWritesTheSaltAndRolePrefixButNoPassword() throws Exception {
        String text = Files.readString(server.connectionFile(), StandardCharsets.UTF_8);
        assertTrue(text.contains(ServerFile.SALT + "="));
        assertTrue(text.contains(ServerFile.ROLES + "="));
        assertFalse(text.contains("password"), "the connection file holds no password");
        ServerFile file = ServerFile.read(server.connectionFile());
        assertEquals(32, file.salt().length);
        assertEquals(65536, file.kdf().memoryKiB());
    }

    @Test
    void theOwnerCannotLogInNoApplicationRoleCreatesRolesAndTheOwnerOwnsEveryTable() throws Exception {
        String prefix = ServerFile.read(server.connectionFile()).rolePrefix();
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            assertEquals(List.of("false|true"), rows(st, "select rolcanlogin || '|' || rolcreaterole from pg_roles"
                    + " where rolname = '" + prefix + "_owner'"), "owner: no login (creates login roles through"
                    + " its SECURITY DEFINER function)");
            assertEquals(List.of(prefix + "_app|false|false", prefix + "_u_casey|true|false"), rows(st, "select rolname || '|' ||"
                    + " rolcanlogin || '|' || rolcreaterole from pg_roles where rolname like '" + prefix
                    + "\\_%' and rolname <> '" + prefix + "_owner' order by 1"));
            assertEquals(List.of(prefix + "_owner"), rows(st, "select distinct tableowner::text from pg_tables"
                    + " where schemaname = 'public'"), "the owner role owns every table");
            List<String> verifier = rows(st, "select left(rolpassword, 19) from pg_authid where rolname = '" + prefix
                    + "_u_casey'");
            assertEquals(List.of("SCRAM-SHA-256$4096:"), verifier);
            assertEquals(List.of("true"), rows(st, "select bool_and(rowsecurity)::text from pg_tables where tablename in"
                    + " ('marac_case', 'person', 'referral', 'listing', 'research_request', 'action_item')"));
        }
    }

    /**
     * Every table that points at a case, a person, a referral, a listing or an action has row-level
     * security, except those named here with the reason; a migration adding such a table fails this
     * until setup.sql covers it or the table is added here with its reason.
     */
    @Test
    void everyTableLinkedToCaseDataHasRowLevelSecurity() throws Exception {
        java.util.Set<String> knownUncovered = java.util.Set.of(
                "audit_case_read"); // case ids only, append-only, read by the audit trail
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            List<String> uncovered = rows(st, "select distinct t.tablename from pg_tables t join"
                    + " information_schema.columns col on col.table_name = t.tablename and col.table_schema = 'public'"
                    + " where t.schemaname = 'public' and not t.rowsecurity and col.column_name in ('case_id',"
                    + " 'person_id', 'referral_id', 'listing_id', 'action_id', 'victim_id') order by 1");
            assertEquals(new java.util.TreeSet<>(knownUncovered), new java.util.TreeSet<>(uncovered));
        }
    }

    @Test
    void signsInAsItsOwnLoginRoleWithTheDerivedPassword() throws Exception {
        AccountInfo who = graph.server().signIn(server.connectionFile(), "casey", PASS.toCharArray());
        assertEquals("casey", who.username());
        assertEquals(Role.COORDINATOR, graph.sessions().current().role());
        assertEquals(StoreKind.POSTGRESQL, graph.sessions().store().kind());
        String prefix = ServerFile.read(server.connectionFile()).rolePrefix();
        assertEquals(prefix + "_u_casey", graph.sessions().store().withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select current_user")) {
                rs.next();
                return rs.getString(1);
            }
        }));
        assertTrue(graph.sessions().lastAuditReport().orElseThrow().intact(), "the audit chain checks out");
        assertEquals(0, graph.caseQueries().listCases().size());
        graph.sessions().lock();
        assertFalse(graph.sessions().isUnlocked());
    }

    /** Before an export the passphrase is asked again: on a server it is checked against the session's login. */
    @Test
    void thePassphraseIsConfirmedOnTheServerBeforeAnExport() throws Exception {
        graph.server().signIn(server.connectionFile(), "casey", PASS.toCharArray());
        PassphraseConfirmation confirm = new PassphraseConfirmation(graph.sessions());
        confirm.confirm(PASS.toCharArray());
        assertThrows(WrongCredentialsException.class, () -> confirm.confirm("not the passphrase at all".toCharArray()));
        assertThrows(WrongCredentialsException.class, () -> confirm.confirm(new char[0]));
        // the session's own login is untouched by the checks: new connections still sign in
        for (int i = 0; i < 3; i++) {
            assertEquals(0, graph.caseQueries().listCases().size());
        }
        graph.sessions().lock();
    }

    /**
     * Changing one's own passphrase on a server (decision 0053): the login role's password changes with the audit
     * entry; the running session goes on, its new connections signing in with the new password; the old
     * passphrase opens nothing; a wrong current passphrase changes nothing.
     */
    @Test
    void changingOnesOwnPassphraseChangesTheLoginAndTheSessionGoesOn() throws Exception {
        String fresh = "a fresh passphrase for casey";
        graph.server().signIn(server.connectionFile(), "casey", PASS.toCharArray());
        String prefix = ServerFile.read(server.connectionFile()).rolePrefix();
        List<String> before;
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            before = rows(st, "select rolpassword from pg_authid where rolname = '" + prefix + "_u_casey'");
        }
        char[] wrong = "not the passphrase at all".toCharArray();
        char[] next = fresh.toCharArray();
        assertThrows(WrongCredentialsException.class, () -> graph.sessions().changePassphrase(wrong, next));
        assertTrue(isWiped(wrong) && isWiped(next), "both passphrases are wiped after a refusal");
        assertThrows(IllegalArgumentException.class, () -> graph.sessions().changePassphrase(PASS.toCharArray(),
                "short".toCharArray()));
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            assertEquals(before, rows(st, "select rolpassword from pg_authid where rolname = '" + prefix
                    + "_u_casey'"), "refused: the login is unchanged");
        }
        char[] current = PASS.toCharArray();
        char[] good = fresh.toCharArray();
        graph.sessions().changePassphrase(current, good);
        assertTrue(isWiped(current) && isWiped(good), "both passphrases are wiped");
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            List<String> after = rows(st, "select rolpassword from pg_authid where rolname = '" + prefix + "_u_casey'");
            assertFalse(before.equals(after), "the login role has a new verifier");
            assertTrue(after.get(0).startsWith("SCRAM-SHA-256$4096:"));
            assertEquals(List.of("PASSPHRASE_CHANGED"), rows(st, "select action from audit_entry where entity_id"
                    + " = 'casey' and action = 'PASSPHRASE_CHANGED'"));
        }
        // the running session keeps working, also on connections it opens now (all eight of the pool at once)
        assertEquals(8, nested(graph.sessions().store(), 8));
        assertEquals(0, graph.caseQueries().listCases().size());
        PassphraseConfirmation confirm = new PassphraseConfirmation(graph.sessions());
        confirm.confirm(fresh.toCharArray());
        assertThrows(WrongCredentialsException.class, () -> confirm.confirm(PASS.toCharArray()));
        assertTrue(graph.sessions().lastAuditReport().orElseThrow().intact());
        graph.sessions().lock();
        assertThrows(WrongCredentialsException.class,
                () -> graph.server().signIn(server.connectionFile(), "casey", PASS.toCharArray()),
                "the old passphrase no longer signs in");
        assertEquals("casey", graph.server().signIn(server.connectionFile(), "casey", fresh.toCharArray()).username());
        assertTrue(graph.sessions().lastAuditReport().orElseThrow().intact(), "the audit chain checks out");
    }

    /** Holds {@code depth} connections of the store's pool open at once, each asked a query; returns how many. */
    private static int nested(org.maracdesk.store.Store store, int depth) {
        if (depth == 0) {
            return 0;
        }
        return store.withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select 1")) {
                rs.next();
                return rs.getInt(1) + nested(store, depth - 1);
            }
        });
    }

    private static boolean isWiped(char[] secret) {
        for (char ch : secret) {
            if (ch != 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aCoordinatorAddsAnAccountThatSignsInAsItsOwnRoleAndMayNotAddOthers() throws Exception {
        graph.server().signIn(server.connectionFile(), "casey", PASS.toCharArray());
        AccountInfo added = graph.server().addAccount(server.connectionFile(), "pc.rowe", "PC Rowe",
                Role.AGENCY_REPRESENTATIVE, "police", "police officer passphrase".toCharArray());
        assertEquals("police", added.agencyCode());
        assertThrows(IllegalArgumentException.class, () -> graph.server().addAccount(server.connectionFile(),
                "pc.rowe", "PC Rowe", Role.AGENCY_REPRESENTATIVE, "police", "police officer passphrase".toCharArray()));
        graph.sessions().lock();
        AccountInfo police = graph.server().signIn(server.connectionFile(), "pc.rowe",
                "police officer passphrase".toCharArray());
        assertEquals(Role.AGENCY_REPRESENTATIVE, police.role());
        assertThrows(NotPermittedException.class, () -> graph.server().addAccount(server.connectionFile(), "pc.two",
                "PC Two", Role.COORDINATOR, null, "another long passphrase".toCharArray()));
        assertTrue(graph.sessions().lastAuditReport().orElseThrow().intact());
    }

    @Test
    void aWrongPassphraseIsRefusedAsWrongCredentials() {
        assertThrows(WrongCredentialsException.class,
                () -> graph.server().signIn(server.connectionFile(), "casey", "not the passphrase at all".toCharArray()));
        assertThrows(WrongCredentialsException.class,
                () -> graph.server().signIn(server.connectionFile(), "nobody", PASS.toCharArray()));
        assertFalse(graph.sessions().isUnlocked());
    }

    @Test
    void anUnreachableServerSaysSoWithoutDetails() throws Exception {
        ServerFile file = ServerFile.read(server.connectionFile());
        Path elsewhere = dir.resolve("elsewhere.properties");
        String text = Files.readString(server.connectionFile(), StandardCharsets.UTF_8)
                .replace(file.url(), "jdbc:postgresql://127.0.0.1:1/nowhere");
        Files.writeString(elsewhere, text, StandardCharsets.UTF_8);
        ServerUnreachableException e = assertThrows(ServerUnreachableException.class,
                () -> graph.server().signIn(elsewhere, "casey", PASS.toCharArray()));
        assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
    }

    @Test
    void initRefusesAServerAlreadySetUp() {
        assertThrows(RuntimeException.class, () -> graph.server().initServer(server.connectionFile(),
                server.admin().user(), server.admin().password(), "other", "Other", PASS.toCharArray()));
    }

    @Test
    void anApplicationRoleCannotReadTheAuditKeyTableOrCreateRoles() throws Exception {
        try (Connection c = server.connectAs("casey"); Statement st = c.createStatement()) {
            assertEquals("42501", state(st, "select * from server_secret"));
            assertEquals("42501", state(st, "select * from server_login"));
            assertEquals("42501", state(st, "create role intruder login"));
            assertEquals("42501", state(st, "update account set role = 'COORDINATOR'"));
            assertEquals("42501", state(st, "create table public.mine (x int)"));
        }
    }

    @Test
    void theAuditKeyStaysOnTheServerWhichAloneSealsEntries() throws Exception {
        server.addAccount("pc.rowe", "PC Rowe", Role.AGENCY_REPRESENTATIVE, "police");
        graph.server().signIn(server.connectionFile(), "pc.rowe", PASS.toCharArray());
        assertTrue(graph.sessions().store().auditSealedByServer());
        assertTrue(graph.sessions().lastAuditReport().orElseThrow().intact());
        graph.sessions().lock();
        try (Connection c = server.connectAs("pc.rowe"); Statement st = c.createStatement()) {
            assertEquals("42501", state(st, "select audit_key from server_secret"));
            assertEquals("42883", state(st, "select marac_audit_key()"), "the old key function is gone");
            assertEquals("42501", state(st, "select marac_derive_key('audit-chain')"));
            assertEquals("42501", state(st, "select marac_hmac_pads('\\x00'::bytea)"));
            // An entry the role seals itself (with any key it likes) cannot be added: no INSERT privilege.
            assertEquals("42501", state(st, "insert into audit_entry (seq, at_utc, actor, action, prev_mac, mac)"
                    + " select max(seq) + 1, now(), 'pc.rowe', 'VIEWED', max(mac), repeat('a', 64) from audit_entry"));
            assertEquals("42501", state(st, "select marac_audit_append('casey', 'CHANGED', 'case', '1', null, now())"),
                    "an account appends in its own name only");
            assertEquals("42501", state(st, "update audit_entry set actor = 'someone else'"));
            assertEquals("42501", state(st, "delete from audit_entry"));
            assertEquals("42501", state(st, "truncate audit_entry"));
            // Through the function, in its own name, at times of every precision Instant.toString() writes.
            for (String at : List.of("now()", "timestamptz '2026-01-02 03:04:05Z'", "timestamptz '2026-01-02 03:04:05.12Z'",
                    "timestamptz '2026-01-02 03:04:05.000123+01'")) {
                rows(st, "select marac_audit_append('pc.rowe', 'VIEWED', 'case', '7', null, " + at + ")");
            }
            assertEquals(List.of("t"), rows(st, "select intact from marac_audit_verify()"));
        }
        AuditReport local = new AuditVerifier().verify(server.store());
        assertTrue(local.intact(), "the server's MACs are the application's: " + local.summary());
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            st.execute("update audit_entry set entity_id = '8' where seq = (select max(seq) from audit_entry)");
        }
        try (Connection c = server.connectAs("pc.rowe"); Statement st = c.createStatement()) {
            assertEquals(List.of("its content has been altered"), rows(st, "select problem from marac_audit_verify()"));
        }
    }

    @Test
    void removingOrResettingAnAccountEndsItsAccessAtOnce() throws Exception {
        server.addAccount("pc.rowe", "PC Rowe", Role.AGENCY_REPRESENTATIVE, "police");
        server.addAccount("pc.two", "PC Two", Role.AGENCY_REPRESENTATIVE, "police");
        graph.server().signIn(server.connectionFile(), "pc.rowe", PASS.toCharArray());
        assertThrows(NotPermittedException.class, () -> graph.server().removeAccount("pc.two"));
        assertThrows(NotPermittedException.class, () -> graph.server().resetPassphrase(server.connectionFile(),
                "pc.two", "some other long passphrase".toCharArray()));
        graph.sessions().lock();
        graph.server().signIn(server.connectionFile(), "casey", PASS.toCharArray());
        assertThrows(IllegalArgumentException.class, () -> graph.server().removeAccount("casey"));
        try (Connection open = server.connectAs("pc.rowe"); Statement st = open.createStatement()) {
            assertEquals(List.of("1"), rows(st, "select 1"));
            assertEquals(1, graph.server().removeAccount("pc.rowe"), "its one open connection was ended");
            assertThrows(SQLException.class, () -> rows(st, "select 1"), "the open connection is gone");
        }
        assertThrows(SQLException.class, () -> server.connectAs("pc.rowe"), "the removed account cannot log in");
        assertThrows(IllegalArgumentException.class, () -> graph.server().removeAccount("pc.rowe"));
        String fresh = "a fresh passphrase for pc two";
        try (Connection open = server.connectAs("pc.two"); Statement st = open.createStatement()) {
            assertEquals(1, graph.server().resetPassphrase(server.connectionFile(), "pc.two", fresh.toCharArray()));
            assertThrows(SQLException.class, () -> rows(st, "select 1"), "the open connection is gone");
        }
        assertThrows(SQLException.class, () -> server.connectAs("pc.two"), "the old passphrase no longer signs in");
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            assertEquals(List.of("ACCOUNT_REMOVED", "PASSPHRASE_RESET"), rows(st, "select action from audit_entry"
                    + " where entity_id in ('pc.rowe', 'pc.two') order by seq"));
        }
        graph.sessions().lock();
        ServicesGraph other = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
        try {
            assertEquals("pc.two", other.server().signIn(server.connectionFile(), "pc.two", fresh.toCharArray())
                    .username());
            assertThrows(WrongCredentialsException.class,
                    () -> graph.server().signIn(server.connectionFile(), "pc.rowe", PASS.toCharArray()));
        } finally {
            other.sessions().lock();
        }
    }

    static String state(Statement st, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
        return e.getSQLState();
    }

    static List<String> rows(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
