package org.maracdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.store.AuditAnchor;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;

/**
 * Tampering with the audit trail in any of the ways an insider could is detected, and where: in an
 * encrypted vault (H2) and on a real PostgreSQL server.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AuditChainTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private Store store;
    private final AuditVerifier verifier = new AuditVerifier();

    @BeforeEach
    void tenEntries() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "audit chain passphrase");
        AuditLog log = new AuditLog(Clock.systemUTC());
        for (int i = 1; i <= 10; i++) {
            log.append(store, "coordinator", AuditAction.CASE_VIEWED, "case", String.valueOf(i), null);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void sql(String statement) {
        store.withConnection(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate(statement);
            }
        });
    }

    @Test
    void untouchedChainVerifies() {
        AuditReport r = verifier.verify(store);
        assertTrue(r.intact(), r.summary());
        assertEquals(10, r.entries());
        assertEquals(64, r.headMac().length());
    }

    /**
     * Several threads of one application appending at once (the window's background work, the read audit of a
     * screen, a test thread): every append lands, each on its own place in the chain, and the chain verifies. In
     * a vault this once failed with a duplicate sequence number when an append had waited for another's lock.
     */
    @Test
    void appendsFromSeveralThreadsAtOnceAllLandInOneChain() throws Exception {
        AuditLog log = new AuditLog(Clock.systemUTC());
        int threads = 4;
        int each = 15;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        log.append(store, "coordinator", AuditAction.CASE_VIEWED, "case", thread + "-" + i, null);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var f : done) {
                f.get(); // rethrows a failed append
            }
        } finally {
            pool.shutdownNow();
        }
        AuditReport r = verifier.verify(store);
        assertTrue(r.intact(), r.summary());
        assertEquals(10 + threads * each, r.entries());
    }

    @Test
    void editedEntryIsNamed() {
        sql("update audit_entry set actor = 'someone-else' where seq = 4");
        AuditReport r = verifier.verify(store);
        assertFalse(r.intact());
        assertEquals(4L, r.firstBadSeq());
        assertTrue(r.problem().contains("altered"), r.problem());
    }

    @Test
    void editedEntityIdIsNamed() {
        sql("update audit_entry set entity_id = '99' where seq = 7");
        assertEquals(7L, verifier.verify(store).firstBadSeq());
    }

    @Test
    void deletedEntryIsNamed() {
        sql("delete from audit_entry where seq = 5");
        AuditReport r = verifier.verify(store);
        assertFalse(r.intact());
        assertEquals(5L, r.firstBadSeq());
        assertTrue(r.problem().contains("missing"), r.problem());
    }

    @Test
    void swappedEntriesAreNamed() {
        sql("update audit_entry set seq = -3 where seq = 3");
        sql("update audit_entry set seq = 3 where seq = 4");
        sql("update audit_entry set seq = 4 where seq = -3");
        AuditReport r = verifier.verify(store);
        assertFalse(r.intact());
        assertEquals(3L, r.firstBadSeq());
    }

    @Test
    void recomputedMacWithoutTheKeyDoesNotHelp() {
        sql("update audit_entry set mac = '" + "ab".repeat(32) + "' where seq = 10");
        assertEquals(10L, verifier.verify(store).firstBadSeq());
    }

    @Test
    void truncatedTailIsCaughtByTheAnchorInTheHeader() {
        if (kind == StoreKind.POSTGRESQL) {
            // The anchor lives in a vault's header; a server has none (issue 13 moves the chain's key and
            // head into the server): the vault-only call is refused, not silently ignored.
            assertThrows(StoreUnavailableException.class, store::vault);
            return;
        }
        AuditReport head = verifier.verify(store);
        store.vault().setAuditAnchor(new AuditAnchor(head.headSeq(), head.headMac()));
        sql("delete from audit_entry where seq > 8");
        AuditReport r = verifier.verify(store);
        assertFalse(r.intact());
        assertEquals(9L, r.firstBadSeq());
        assertTrue(r.problem().contains("had 10 entries"), r.problem());
    }

    @Test
    void truncatedTailWithoutAnAnchorLooksLikeAShorterChain() {
        sql("delete from audit_entry where seq > 8");
        assertTrue(verifier.verify(store).intact(), "without an anchor a clean cut cannot be seen; hence the anchor");
    }

    /** The unlock's and the lock's check starts at the anchor (decision 0082); on a server, the whole chain. */
    @Test
    void theCheckFromTheAnchorSeesWhatChangedSinceTheVaultWasClosedAndTheWholeCheckSeesTheRest() {
        if (kind == StoreKind.POSTGRESQL) {
            sql("update audit_entry set actor = 'someone else' where seq = 3");
            assertEquals(3L, verifier.verifySinceAnchor(store).firstBadSeq(), "a server checks its whole chain");
            return;
        }
        AuditReport head = verifier.verify(store);
        store.vault().setAuditAnchor(new AuditAnchor(7, macOf(7)));
        AuditReport since = verifier.verifySinceAnchor(store);
        assertTrue(since.intact(), since.summary());
        assertEquals(10L, since.entries(), "the head's number, as the whole check gives it");
        assertEquals(head.headMac(), since.headMac());

        sql("update audit_entry set actor = 'someone else' where seq = 9");
        assertEquals(9L, verifier.verifySinceAnchor(store).firstBadSeq(), "after the anchor: found at unlock");
        sql("update audit_entry set actor = 'coordinator' where seq = 9");
        assertTrue(verifier.verifySinceAnchor(store).intact());

        sql("update audit_entry set actor = 'someone else' where seq = 3");
        assertTrue(verifier.verifySinceAnchor(store).intact(), "before the anchor: not read at unlock");
        assertEquals(3L, verifier.verify(store).firstBadSeq(), "the whole check, run after the unlock, finds it");
    }

    @Test
    void theCheckFromTheAnchorFindsTheAnchoredEntryChangedRemovedOrCutOff() {
        if (kind == StoreKind.POSTGRESQL) {
            return; // a server has no anchor (the test above)
        }
        store.vault().setAuditAnchor(new AuditAnchor(7, macOf(7)));
        sql("update audit_entry set entity_id = '99' where seq = 7");
        AuditReport altered = verifier.verifySinceAnchor(store);
        assertEquals(7L, altered.firstBadSeq());
        assertTrue(altered.problem().contains("recorded when the vault was last closed"), altered.problem());
        sql("update audit_entry set entity_id = '7' where seq = 7");

        store.vault().setAuditAnchor(new AuditAnchor(7, "ab".repeat(32)));
        assertEquals(7L, verifier.verifySinceAnchor(store).firstBadSeq(), "another trail than the one closed");
        store.vault().setAuditAnchor(new AuditAnchor(7, macOf(7)));

        sql("delete from audit_entry where seq = 7");
        assertTrue(verifier.verifySinceAnchor(store).problem().contains("missing"));
        sql("delete from audit_entry where seq > 5");
        AuditReport cut = verifier.verifySinceAnchor(store);
        assertFalse(cut.intact());
        assertEquals(7L, cut.firstBadSeq());
        assertTrue(cut.problem().contains("older copy"), cut.problem());
    }

    private String macOf(long seq) {
        return store.withConnection(c -> {
            try (Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("select mac from audit_entry where seq = " + seq)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
