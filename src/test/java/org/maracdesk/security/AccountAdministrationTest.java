package org.maracdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.common.WrongCredentialsException;

class AccountAdministrationTest {
    private static final String PASS = "administration passphrase";
    @TempDir
    Path dir;
    private SessionManager sessions;

    @BeforeEach
    void vault() {
        sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.createVault("First Coordinator", "coord", Role.COORDINATOR, PASS.toCharArray());
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    private AccountAdministration admin() {
        return new AccountAdministration(sessions, new AccountService(Clock.systemUTC()));
    }

    private void signInAs(String user, String passphrase) throws WrongCredentialsException {
        sessions.lock();
        sessions.unlock(user, passphrase.toCharArray());
    }

    private long audited(AuditAction action) {
        return sessions.store().read(s -> s.createSelectionQuery(
                "select count(e) from AuditEntry e where e.action = :a", Long.class).setParameter("a", action)
                .getSingleResult());
    }

    @Test
    void firstCoordinatorMayAddTheAdministratorThenOnlyAdministratorsManageAccounts() throws Exception {
        admin().add("admin", "An Administrator", Role.ADMINISTRATOR, null, PASS.toCharArray());
        assertThrows(NotPermittedException.class,
                () -> admin().add("chair", "A Chair", Role.CHAIR, null, PASS.toCharArray()),
                "with an administrator in place the coordinator no longer manages accounts");
        signInAs("admin", PASS);
        admin().add("chair", "A Chair", Role.CHAIR, null, PASS.toCharArray());
        assertEquals(List.of("admin", "chair", "coord"), admin().list().stream().map(AccountInfo::username).toList());
        assertEquals(2, audited(AuditAction.ACCOUNT_ADDED));
    }

    @Test
    void otherRolesCannotManageAccounts() throws Exception {
        admin().add("chair", "A Chair", Role.CHAIR, null, PASS.toCharArray());
        signInAs("chair", PASS);
        assertThrows(NotPermittedException.class,
                () -> admin().add("idva", "An Idva", Role.IDVA, null, PASS.toCharArray()));
        assertThrows(NotPermittedException.class, () -> admin().remove("coord"));
        assertThrows(NotPermittedException.class, () -> admin().resetPassphrase("coord", "new passphrase 123".toCharArray()));
    }

    @Test
    void agencyRepresentativeNeedsAnAgency() {
        assertThrows(IllegalArgumentException.class,
                () -> admin().add("rep", "A Rep", Role.AGENCY_REPRESENTATIVE, null, PASS.toCharArray()));
        assertEquals("police", admin().add("rep", "A Rep", Role.AGENCY_REPRESENTATIVE, "police", PASS.toCharArray())
                .agencyCode());
    }

    @Test
    void removedAccountCannotUnlockAndTheRemovalIsAudited() throws Exception {
        admin().add("idva", "An Idva", Role.IDVA, "idva", PASS.toCharArray());
        admin().remove("idva");
        assertEquals(1, audited(AuditAction.ACCOUNT_REMOVED));
        assertThrows(IllegalArgumentException.class, () -> admin().remove("coord"), "not your own account");
        sessions.lock();
        assertThrows(WrongCredentialsException.class, () -> sessions.unlock("idva", PASS.toCharArray()));
        sessions.unlock("coord", PASS.toCharArray());
        assertTrue(admin().list().stream().noneMatch(a -> a.username().equals("idva")));
    }

    @Test
    void resetGivesANewPassphraseAndIsAudited() throws Exception {
        admin().add("chair", "A Chair", Role.CHAIR, null, PASS.toCharArray());
        admin().resetPassphrase("chair", "the chair's new passphrase".toCharArray());
        assertEquals(1, audited(AuditAction.PASSPHRASE_RESET));
        sessions.lock();
        assertThrows(WrongCredentialsException.class, () -> sessions.unlock("chair", PASS.toCharArray()));
        sessions.unlock("chair", "the chair's new passphrase".toCharArray());
        assertEquals(Role.CHAIR, sessions.current().role());
    }

    @Test
    void everyWayOfSettingAPassphraseRefusesACommonOneAndChangesNothing() throws Exception {
        assertThrows(IllegalArgumentException.class,
                () -> admin().add("chair", "A Chair", Role.CHAIR, null, "Password1234".toCharArray()));
        assertEquals(List.of("coord"), admin().list().stream().map(AccountInfo::username).toList());
        admin().add("chair", "A Chair", Role.CHAIR, null, PASS.toCharArray());
        assertThrows(IllegalArgumentException.class, () -> admin().resetPassphrase("chair", "qwertyuiop123".toCharArray()));
        assertThrows(IllegalArgumentException.class,
                () -> sessions.changePassphrase(PASS.toCharArray(), "iloveyou iloveyou".toCharArray()));
        assertEquals(0, audited(AuditAction.PASSPHRASE_RESET) + audited(AuditAction.PASSPHRASE_CHANGED));
        signInAs("chair", PASS);
        SessionManager fresh = CliVault.sessionsFor(dir.resolve("other"));
        assertThrows(IllegalArgumentException.class,
                () -> fresh.createVault("Someone", "someone", Role.COORDINATOR, "correct horse battery staple".toCharArray()));
        assertTrue(!fresh.vaultExists(), "no vault is left behind");
    }

    @Test
    void theAdministratorChangesARoleAndAgencyWhichTakesEffectAtTheNextSignIn() throws Exception {
        admin().add("rep", "A Rep", Role.AGENCY_REPRESENTATIVE, "police", PASS.toCharArray());
        admin().add("admin", "An Administrator", Role.ADMINISTRATOR, null, PASS.toCharArray());
        signInAs("rep", PASS);
        assertThrows(NotPermittedException.class, () -> admin().changeRole("coord", Role.CHAIR, null));
        signInAs("admin", PASS);
        assertThrows(IllegalArgumentException.class, () -> admin().changeRole("admin", Role.CHAIR, null),
                "not your own role");
        assertThrows(IllegalArgumentException.class, () -> admin().changeRole("rep", Role.AGENCY_REPRESENTATIVE,
                " "), "an agency representative needs an agency");

        AccountInfo changed = admin().changeRole("rep", Role.AGENCY_REPRESENTATIVE, "housing");
        assertEquals("housing", changed.agencyCode());
        admin().changeRole("coord", Role.CHAIR, "police");
        assertEquals(null, admin().list().stream().filter(a -> a.username().equals("coord")).findFirst().orElseThrow()
                .agencyCode(), "a chair has no agency");
        long audited = sessions.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.entityType = 'account' and e.action = :a", Long.class)
                .setParameter("a", AuditAction.CHANGED).getSingleResult());
        assertEquals(2, audited);
        signInAs("rep", PASS);
        assertEquals("housing", sessions.current().agencyCode(), "the new agency at the next sign-in");
    }
}
