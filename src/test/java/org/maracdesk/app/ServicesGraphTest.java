package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLine;
import org.maracdesk.security.AuditQuery;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;

/**
 * One services graph serves the application's life: the same service objects keep working across a new
 * data key, a compaction, a lock and a new unlock, because they ask the session manager for the store
 * on every call; and every time they record comes from the one clock the graph was given. A real vault.
 */
class ServicesGraphTest {
    private static final String PASS = "services graph test passphrase";
    private static final Instant FIXED = Instant.parse("2026-03-02T10:15:30Z");
    @TempDir
    Path dir;
    private ServicesGraph graph;

    @BeforeEach
    void graphOverANewVault() {
        graph = new ServicesGraph(dir.resolve("vault"), Runnable::run, Clock.fixed(FIXED, ZoneId.of("Europe/London")));
        graph.sessions().createVault("First Coordinator", "coord", Role.COORDINATOR, PASS.toCharArray());
    }

    @AfterEach
    void lock() {
        graph.sessions().lock();
    }

    @Test
    void theSameServicesOutliveANewDataKeyCompactionAndLockingAndUnlocking() throws Exception {
        SessionManager sessions = graph.sessions();
        CaseQueryService cases = graph.caseQueries();
        AccountAdministration accounts = graph.accounts();
        accounts.add("police", "PC Rowe", Role.AGENCY_REPRESENTATIVE, "police", "police officer passphrase".toCharArray());
        long generation = sessions.store().vault().generation();

        assertEquals(List.of(), accounts.remove("police"), "removing an account switches the data key");
        assertEquals(generation + 1, sessions.store().vault().generation());
        assertEquals(List.of(), cases.listCases(), "the same service reads the re-keyed store");

        graph.maintenance().compact();
        assertEquals(List.of(), cases.listCases(), "and the compacted one");

        sessions.lock();
        assertThrows(StoreUnavailableException.class, cases::listCases, "locked: no store to read");
        sessions.unlock("coord", PASS.toCharArray());
        assertEquals(List.of(), cases.listCases(), "unlocked again: the same service works");
        assertSame(cases, graph.caseQueries());
        assertSame(accounts, graph.accounts());
        assertTrue(graph.maintenance().verifyAudit().intact());
    }

    @Test
    void everyRecordedTimeComesFromTheOneClock() {
        graph.accounts().add("police", "PC Rowe", Role.AGENCY_REPRESENTATIVE, "police",
                "police officer passphrase".toCharArray());
        List<AuditLine> lines = graph.auditTrail().search(AuditQuery.ALL);
        assertTrue(lines.stream().anyMatch(l -> l.action() == AuditAction.ACCOUNT_ADDED));
        assertTrue(lines.stream().allMatch(l -> l.at().equals(FIXED)), "audit times: " + lines);
        assertEquals(FIXED.atZone(ZoneId.of("Europe/London")).toLocalDate(), java.time.LocalDate.now(graph.clock()));
    }

    @Test
    void aFailedUnlockIsCountedAtTheClocksTime() {
        graph.sessions().lock();
        assertThrows(WrongCredentialsException.class,
                () -> graph.sessions().unlock("coord", "not the passphrase at all".toCharArray()));
        assertEquals(1, graph.maintenance().unlockAttempts().failures());
        assertEquals(FIXED, graph.maintenance().unlockAttempts().lastFailure());
    }
}
