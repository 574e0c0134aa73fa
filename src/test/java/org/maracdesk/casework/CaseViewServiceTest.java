package org.maracdesk.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.security.VaultMaintenance;

class CaseViewServiceTest {
    private static final String PASS = "case view test passphrase";
    @TempDir
    Path dir;
    private SessionManager sessions;

    @BeforeEach
    void vaultWithCases() {
        sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.createVault("Coordinator", "coordinator", Role.COORDINATOR, PASS.toCharArray());
        new DemoVaultLoader(new InstrumentRegistry()).load(sessions.store(),
                new SyntheticDataGenerator(5, LocalDate.of(2026, 11, 23)).generate(8));
        new AccountAdministration(sessions, new AccountService(Clock.systemUTC()))
                .add("chair", "A Chair", Role.CHAIR, null, PASS.toCharArray());
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    private CaseViewService service() {
        return new CaseViewService(sessions, sessions, sessions.audit());
    }

    private List<Object[]> caseViews() {
        return sessions.store().read(s -> s.createSelectionQuery(
                "select e.actor, e.entityType, e.entityId from AuditEntry e where e.action = :a order by e.seq",
                Object[].class).setParameter("a", AuditAction.CASE_VIEWED).getResultList());
    }

    @Test
    void openingACaseShowsItsSummaryAndRecordsWhoSawIt() {
        CaseSummary listed = new CaseQueryService(sessions, sessions, sessions.audit()).listCases().stream()
                .filter(c -> c.lastListed() != null).findFirst().orElseThrow();
        CaseDetail detail = service().open(listed.id());
        assertEquals(listed.reference(), detail.reference());
        assertEquals(listed.victimName(), detail.victim().name());
        assertFalse(detail.perpetrators().isEmpty(), "every synthetic case names a perpetrator");
        assertFalse(detail.listings().isEmpty());
        assertNotNull(detail.latestRisk());
        List<Object[]> views = caseViews();
        assertEquals(1, views.size());
        assertEquals("coordinator", views.get(0)[0]);
        assertEquals("case", views.get(0)[1]);
        assertEquals(listed.reference(), views.get(0)[2]);
        assertTrue(new VaultMaintenance(sessions).verifyAudit().intact());
    }

    @Test
    void aRoleThatDoesNotSeeEveryCaseIsRefusedAndNothingIsRecorded() throws Exception {
        long id = new CaseQueryService(sessions, sessions, sessions.audit()).listCases().get(0).id();
        sessions.lock();
        sessions.unlock("chair", PASS.toCharArray());
        assertThrows(NotPermittedException.class, () -> service().open(id));
        assertTrue(caseViews().isEmpty());
    }

    @Test
    void anUnknownCaseIsAClearProblemAndNothingIsRecorded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service().open(987_654L));
        assertTrue(e.getMessage().contains("no case"));
        assertTrue(caseViews().isEmpty());
    }
}
