package org.maracdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.testdata.SharedServer;

/**
 * Decision 0084, on a real PostgreSQL server: a sign-in checks the audit chain from the head the server's last whole
 * check found intact, so it no longer reads years of trail; what it leaves out, the whole check (run by the window
 * after each sign-in, and by {@code audit verify}) still finds; a server not yet upgraded checks the whole chain.
 */
class ServerAuditCheckpointTest {
    private static final String PASS = "server audit checkpoint passphrase";
    @TempDir
    Path dir;
    private SharedServer server;
    private ServicesGraph graph;

    @BeforeEach
    void setUp() throws SQLException {
        server = new SharedServer(dir, "Casey Coordinator", "casey", PASS);
        graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
        try (Connection c = server.connectAs("casey"); Statement st = c.createStatement()) {
            for (int i = 1; i <= 6; i++) {
                st.execute("select marac_audit_append('casey', 'CASE_VIEWED', 'case', '" + i + "', null, now())");
            }
        }
    }

    @AfterEach
    void tearDown() {
        graph.sessions().lock();
        server.close();
    }

    private AuditReport signIn() throws Exception {
        graph.server().signIn(server.connectionFile(), "casey", PASS.toCharArray());
        return graph.sessions().lastAuditReport().orElseThrow();
    }

    private String superuser(String sql) throws SQLException {
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            if (!st.execute(sql)) {
                return null;
            }
            try (ResultSet rs = st.getResultSet()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private long head() throws SQLException {
        return Long.parseLong(superuser("select max(seq) from audit_entry"));
    }

    @Test
    void aWholeCheckRecordsTheHeadAndTheSignInStartsThere() throws Exception {
        assertEquals(null, superuser("select seq from audit_checkpoint"), "no whole check yet");
        assertTrue(signIn().intact(), "without a checkpoint the sign-in checks the whole chain");
        AuditReport whole = graph.maintenance().verifyWholeTrail();
        assertTrue(whole.intact(), whole.summary());
        long checked = head();
        assertEquals(String.valueOf(checked), superuser("select seq from audit_checkpoint"));
        graph.sessions().lock();

        String original = superuser("select entity_id from audit_entry where seq = 3");
        superuser("update audit_entry set entity_id = '99' where seq = 3");
        AuditReport atSignIn = signIn();
        assertTrue(atSignIn.intact(), "an entry before the checkpoint is not read at sign-in: " + atSignIn.summary());
        assertTrue(atSignIn.entries() > checked, "the sign-in still reaches the head");
        AuditReport later = graph.maintenance().verifyWholeTrail();
        assertEquals(3L, later.firstBadSeq(), "the whole check finds it");
        assertEquals(String.valueOf(checked), superuser("select seq from audit_checkpoint"),
                "a failed whole check moves no checkpoint");
        graph.sessions().lock();
        superuser("update audit_entry set entity_id = '" + original + "' where seq = 3");

        superuser("update audit_entry set actor = 'someone else' where seq = " + (checked + 1));
        assertEquals(checked + 1, signIn().firstBadSeq(), "after the checkpoint: found at sign-in");
        graph.sessions().lock();
        superuser("update audit_entry set actor = 'casey' where seq = " + (checked + 1));

        superuser("update audit_entry set entity_id = '42' where seq = " + checked);
        AuditReport anchored = signIn();
        assertEquals(checked, anchored.firstBadSeq(), "the checkpoint's own entry: found at sign-in");
        assertTrue(anchored.problem().contains("last whole check"), anchored.problem());
        graph.sessions().lock();

        superuser("delete from audit_entry where seq = " + checked);
        AuditReport deleted = signIn();
        assertFalse(deleted.intact());
        assertTrue(deleted.problem().contains("missing"), deleted.problem());
    }

    @Test
    void theWholeCheckStillReadsEveryRowEvenOneNumberedBeforeTheFirst() throws Exception {
        superuser("insert into audit_entry (seq, at_utc, actor, action, entity_type, entity_id, detail_digest,"
                + " prev_mac, mac) select 0, at_utc, actor, action, entity_type, entity_id, detail_digest, prev_mac, mac"
                + " from audit_entry where seq = 1");
        signIn();
        AuditReport whole = graph.maintenance().verifyWholeTrail();
        assertFalse(whole.intact(), "an entry numbered 0 is out of place");
        assertEquals(null, superuser("select seq from audit_checkpoint"), "and no checkpoint is recorded");
    }

    @Test
    void aServerNotYetUpgradedChecksTheWholeChainAtSignIn() throws Exception {
        signIn();
        assertTrue(graph.maintenance().verifyWholeTrail().intact());
        graph.sessions().lock();
        superuser("drop function marac_audit_verify_recent()");
        superuser("update audit_entry set entity_id = '99' where seq = 2");
        assertEquals(2L, signIn().firstBadSeq(), "without the function, the whole chain as before");
    }

    @Test
    void theApplicationsRoleCannotReadOrMoveTheCheckpoint() throws Exception {
        signIn();
        graph.maintenance().verifyWholeTrail();
        graph.sessions().lock();
        try (Connection c = server.connectAs("casey"); Statement st = c.createStatement()) {
            for (String sql : new String[] {"select * from audit_checkpoint", "update audit_checkpoint set seq = 1",
                    "delete from audit_checkpoint", "insert into audit_checkpoint values (1, 1, 'x', now())"}) {
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> st.execute(sql), sql);
                assertEquals("42501", refused.getSQLState(), sql);
            }
        }
    }
}
