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
}
