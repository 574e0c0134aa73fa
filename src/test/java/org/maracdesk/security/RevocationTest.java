package org.maracdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.common.VaultFormatException;
import org.maracdesk.common.WrongCredentialsException;

/**
 * Access that really ends: after an account is removed, a passphrase reset or the recovery key
 * renewed, the vault is encrypted under a new data key, and no copy of the earlier header opens
 * the current database, for the removed account or for anyone. Real vaults on disk.
 */
class RevocationTest {
    private static final String PASS = "revocation test passphrase";
    private static final String POLICE_PASS = "police officer passphrase";
    @TempDir
    Path dir;
    private Path vault;
    private SessionManager sessions;

    @BeforeEach
    void vaultWithTwoAccounts() {
        vault = dir.resolve("vault");
        sessions = CliVault.sessionsFor(vault);
        sessions.createVault("First Coordinator", "coord", Role.COORDINATOR, PASS.toCharArray());
        admin().add("police", "PC Rowe", Role.AGENCY_REPRESENTATIVE, "police", POLICE_PASS.toCharArray());
        sessions.store().doInTransaction(s -> s.createNativeQuery("create table canary (v varchar(40))")
                .executeUpdate());
        sessions.store().doInTransaction(s -> s.createNativeQuery("insert into canary values ('still here')")
                .executeUpdate());
    }

    @AfterEach
    void lock() {
        if (sessions != null) {
            sessions.lock();
        }
    }

    private AccountAdministration admin() {
        return new AccountAdministration(sessions, new AccountService(Clock.systemUTC()));
    }

    private Path keepHeaderCopy(String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.copy(vault.resolve("vault.json"), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private void putHeaderBack(Path copy) throws Exception {
        sessions.lock();
        Files.copy(copy, vault.resolve("vault.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void refused(SessionManager fresh, String user, String pass) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> fresh.unlock(user, pass.toCharArray()));
        assertTrue(e instanceof VaultFormatException, "refused as a header that does not belong: " + e);
    }

    @Test
    void aRemovedAccountsOldHeaderOpensTheCurrentDatabaseForNobody() throws Exception {
        Path before = keepHeaderCopy("before-removal.json");
        long generation = sessions.store().vault().generation();
        assertEquals(List.of(), admin().remove("police"));
        assertEquals(generation + 1, sessions.store().vault().generation());
        assertEquals("still here", sessions.store().read(s -> s.createNativeQuery("select v from canary",
                String.class).getSingleResult()), "the data survives the new key");
        assertTrue(new VaultMaintenance(sessions).verifyAudit().intact(), "the audit chain still verifies under the new key");
        Path after = keepHeaderCopy("after-removal.json");

        putHeaderBack(before);
        refused(CliVault.sessionsFor(vault), "police", POLICE_PASS);
        refused(CliVault.sessionsFor(vault), "coord", PASS);

        putHeaderBack(after);
        assertThrows(WrongCredentialsException.class,
                () -> CliVault.sessionsFor(vault).unlock("police", POLICE_PASS.toCharArray()));
        sessions = CliVault.sessionsFor(vault);
        sessions.unlock("coord", PASS.toCharArray());
        long changes = sessions.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.action = :a", Long.class).setParameter("a", AuditAction.DATA_KEY_CHANGED)
                .getSingleResult());
        assertEquals(1L, changes);
        assertFalse(Files.exists(vault.resolve("marac-rekey.mv.db")), "no pending copy is left behind");
    }

    @Test
    void afterAResetTheOldPassphraseOpensNothingWithAnyHeader() throws Exception {
        Path before = keepHeaderCopy("before-reset.json");
        admin().resetPassphrase("police", "a brand new police passphrase".toCharArray());
        sessions.lock();
        assertThrows(WrongCredentialsException.class,
                () -> CliVault.sessionsFor(vault).unlock("police", POLICE_PASS.toCharArray()));
        SessionManager police = CliVault.sessionsFor(vault);
        police.unlock("police", "a brand new police passphrase".toCharArray());
        police.lock();

        putHeaderBack(before);
        refused(CliVault.sessionsFor(vault), "police", POLICE_PASS);
    }

    @Test
    void aRenewedRecoveryKeyRetiresTheOldOne() throws Exception {
        sessions.lock();
        sessions = CliVault.sessionsFor(vault);
        sessions.unlock("coord", PASS.toCharArray());
        char[] first = admin().renewRecoveryKey();
        Path withFirst = keepHeaderCopy("with-first-key.json");
        char[] second = admin().renewRecoveryKey();
        sessions.lock();

        assertThrows(WrongCredentialsException.class, () -> CliVault.servicesFor(vault).maintenance().recover("police",
                first.clone(), "recovered police passphrase".toCharArray()), "the first key is retired");
        CliVault.servicesFor(vault).maintenance().recover("police", second.clone(), "recovered police passphrase".toCharArray());
        SessionManager police = CliVault.sessionsFor(vault);
        police.unlock("police", "recovered police passphrase".toCharArray());
        police.lock();

        putHeaderBack(withFirst);
        RuntimeException e = assertThrows(RuntimeException.class, () -> CliVault.servicesFor(vault).maintenance().recover("police",
                first.clone(), "another police passphrase".toCharArray()));
        assertTrue(e instanceof VaultFormatException, "an old header and an old key open nothing: " + e);
    }

    @Test
    void aHeaderOlderThanItsDatabaseIsRefusedInPlainWords() throws Exception {
        admin().remove("police");
        long inDatabase = sessions.store().read(s -> ((Number) s.createNativeQuery(
                "select generation from vault_generation", Object.class).getSingleResult()).longValue());
        assertEquals(1L, inDatabase, "the database records the generation of its header");
        // A header whose key opens the file but that is older than the database: simulate it by
        // moving the database's generation on, as a later change of key would have.
        sessions.store().doInTransaction(s -> s.createNativeQuery("update vault_generation set generation = 7")
                .executeUpdate());
        sessions.lock();
        VaultFormatException e = assertThrows(VaultFormatException.class,
                () -> CliVault.sessionsFor(vault).unlock("coord", PASS.toCharArray()));
        assertTrue(e.getMessage().contains("older than its database"), e.getMessage());
        sessions = null;
    }

    @Test
    void anAbandonedPendingCopyIsClearedAtTheNextUnlock() throws Exception {
        sessions.lock();
        Files.write(vault.resolve("marac-rekey.mv.db"), new byte[4096]);
        sessions = CliVault.sessionsFor(vault);
        sessions.unlock("coord", PASS.toCharArray());
        assertFalse(Files.exists(vault.resolve("marac-rekey.mv.db")));
        assertEquals("still here", sessions.store().read(s -> s.createNativeQuery("select v from canary",
                String.class).getSingleResult()));
    }

    @Test
    void aFailedAccountAddLeavesNoSlotBehind() {
        String tooLong = "x".repeat(300);
        assertThrows(RuntimeException.class, () -> admin().add("clerk", tooLong, Role.CHAIR, null,
                "a clerk passphrase here".toCharArray()));
        assertFalse(sessions.store().vault().usernames().contains("clerk"), "no key slot for an account never made");
        assertThrows(WrongCredentialsException.class,
                () -> CliVault.sessionsFor(vault).unlock("clerk", "a clerk passphrase here".toCharArray()));
    }
}
