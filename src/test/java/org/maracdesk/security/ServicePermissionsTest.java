package org.maracdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.risk.InstrumentRegistry;

/** The services themselves refuse what a role may not do; the screens are not the control. */
class ServicePermissionsTest {
    private static final String PASS = "service permissions passphrase";
    @TempDir
    static Path dir;
    private SessionManager sessions;

    @BeforeAll
    static void vaultWithOneAccountPerRole() {
        SessionManager setup = CliVault.sessionsFor(dir.resolve("vault"));
        setup.createVault("Coordinator", "coordinator", Role.COORDINATOR, PASS.toCharArray());
        new DemoVaultLoader(new InstrumentRegistry()).load(setup.store(),
                new SyntheticDataGenerator(3, LocalDate.of(2026, 11, 23)).generate(12));
        AccountService accounts = new AccountService(Clock.systemUTC());
        for (Role role : Role.values()) {
            if (role != Role.COORDINATOR) {
                String user = role.name().toLowerCase().replace('_', '-');
                setup.store().vault().addUser(user, PASS.toCharArray());
                accounts.create(setup.store(), user, role.name(), role, role == Role.AGENCY_REPRESENTATIVE ? "police"
                        : null);
            }
        }
        setup.lock();
    }

    private SessionManager signIn(Role role) throws Exception {
        sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.unlock(role.name().toLowerCase().replace('_', '-'), PASS.toCharArray());
        return sessions;
    }

    @AfterEach
    void lock() {
        if (sessions != null) {
            sessions.lock();
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void caseListHoldsEveryCaseOnlyForRolesThatSeeAll(Role role) throws Exception {
        CaseQueryService cases = new CaseQueryService(signIn(role), sessions, sessions.audit());
        long total = sessions.store().read(q -> q.createSelectionQuery("select count(c) from MaracCase c", Long.class)
                .getSingleResult());
        boolean all = PermissionMatrix.allows(role, Permission.VIEW_ALL_CASES);
        assertEquals(all, cases.listCases().size() == total);
        assertEquals(all, cases.countCases() == total);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void openingACaseOnlyWithinTheRolesScope(Role role) throws Exception {
        SessionManager s = signIn(role);
        java.util.Set<Long> inScope = new java.util.HashSet<>();
        new CaseQueryService(s, s, s.audit()).listCases().forEach(c -> inScope.add(c.id()));
        java.util.List<Long> all = s.store().read(q -> q.createSelectionQuery("select c.id from MaracCase c"
                + " order by c.id", Long.class).getResultList());
        org.maracdesk.casework.CaseViewService views = new org.maracdesk.casework.CaseViewService(s, s, s.audit());
        for (long id : all) {
            if (inScope.contains(id)) {
                assertEquals(id, views.open(id).id());
            } else {
                assertThrows(NotPermittedException.class, () -> views.open(id));
            }
        }
        assertEquals(PermissionMatrix.allows(role, Permission.VIEW_ALL_CASES), inScope.size() == all.size());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void auditVerificationOnlyForCoordinatorsAndAdministrators(Role role) throws Exception {
        SessionManager s = signIn(role);
        if (PermissionMatrix.allows(role, Permission.VERIFY_AUDIT)) {
            assertTrue(new VaultMaintenance(s).verifyAudit().intact());
        } else {
            assertThrows(NotPermittedException.class, new VaultMaintenance(s)::verifyAudit);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void backupsOnlyForCoordinatorsAndAdministrators(Role role) throws Exception {
        SessionManager s = signIn(role);
        Path out = dir.resolve("backup-" + role + ".zip");
        if (PermissionMatrix.allows(role, Permission.BACKUP_RESTORE)) {
            new VaultMaintenance(s).backup(out);
            assertTrue(out.toFile().isFile());
        } else {
            assertThrows(NotPermittedException.class, () -> new VaultMaintenance(s).backup(out));
            assertTrue(!out.toFile().exists());
        }
    }
}
