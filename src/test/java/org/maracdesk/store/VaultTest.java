package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.common.VaultFormatException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.security.Account;
import org.maracdesk.security.Role;

class VaultTest {
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    @Test
    void createCloseUnlockRoundTripKeepsData() throws Exception {
        try (Store store = TestVaults.create(dir, "coordinator", PASSPHRASE)) {
            store.doInTransaction(s -> {
                s.persist(new Account("coordinator", "Sam Example", Role.COORDINATOR, null, Instant.now()));
            });
        }
        try (Store store = TestVaults.unlock(dir, "coordinator", PASSPHRASE)) {
            String name = store.read(s -> s.createQuery("select a.displayName from Account a", String.class)
                    .getSingleResult());
            assertEquals("Sam Example", name);
        }
    }

    @Test
    void wrongPassphraseFailsWithoutSayingWhy() throws Exception {
        TestVaults.create(dir, "coordinator", PASSPHRASE).close();
        WrongCredentialsException e = assertThrows(WrongCredentialsException.class,
                () -> TestVaults.unlock(dir, "coordinator", PASSPHRASE + "!"));
        assertFalse(e.getMessage().contains("coordinator"));
    }

    @Test
    void unknownUserFailsExactlyLikeWrongPassphrase() throws Exception {
        TestVaults.create(dir, "coordinator", PASSPHRASE).close();
        WrongCredentialsException unknown = assertThrows(WrongCredentialsException.class,
                () -> TestVaults.unlock(dir, "nobody", PASSPHRASE));
        WrongCredentialsException wrong = assertThrows(WrongCredentialsException.class,
                () -> TestVaults.unlock(dir, "coordinator", "not the passphrase at all"));
        assertEquals(wrong.getMessage(), unknown.getMessage());
    }

    @Test
    void passphrasesDifferingOnlyInHighByteDoNotBothUnlock() throws Exception {
        // 'Ł' is U+0141 and 'A' is U+0041: the same low byte, which is all H2 itself would keep.
        TestVaults.create(dir, "coordinator", "Łódź is a long way from here").close();
        assertThrows(WrongCredentialsException.class,
                () -> TestVaults.unlock(dir, "coordinator", "Aódź is a long way from here"));
        TestVaults.unlock(dir, "coordinator", "Łódź is a long way from here").close();
    }

    @Test
    void unicodePassphraseDerivesDifferentKeyThanItsLowBytes() {
        byte[] salt = new byte[16];
        byte[] polish = Argon2Kdf.derive("Łx".toCharArray(), salt, KdfParameters.defaults());
        byte[] latin = Argon2Kdf.derive("Ax".toCharArray(), salt, KdfParameters.defaults());
        assertFalse(java.util.Arrays.equals(polish, latin));
    }

    @Test
    void kdfFloorIsSixtyFourMebibytesThreePassesOneLane() {
        KdfParameters d = KdfParameters.defaults();
        assertTrue(d.memoryKiB() >= 64 * 1024, "Argon2id memory must be at least 64 MiB");
        assertTrue(d.iterations() >= 3, "Argon2id must make at least 3 passes");
        assertEquals(1, d.parallelism(), "Argon2id parallelism is 1");
        assertEquals(64 * 1024, KdfParameters.FLOOR_MEMORY_KIB);
        assertEquals(3, KdfParameters.FLOOR_ITERATIONS);
    }

    @Test
    void kdfParametersBelowFloorAreRefused() {
        KdfParameters weakMemory = new KdfParameters(KdfParameters.ARGON2ID, 32 * 1024, 3, 1);
        KdfParameters weakPasses = new KdfParameters(KdfParameters.ARGON2ID, 64 * 1024, 2, 1);
        assertThrows(VaultFormatException.class, () -> Argon2Kdf.derive("x".toCharArray(), new byte[16], weakMemory));
        assertThrows(VaultFormatException.class, () -> Argon2Kdf.derive("x".toCharArray(), new byte[16], weakPasses));
    }

    @Test
    void headerWithLoweredKdfParametersIsRefused() throws Exception {
        TestVaults.create(dir, "coordinator", PASSPHRASE).close();
        Path header = dir.resolve("vault.json");
        String json = Files.readString(header).replace("\"memoryKiB\" : 65536", "\"memoryKiB\" : 1024");
        Files.writeString(header, json);
        assertThrows(VaultFormatException.class, () -> TestVaults.unlock(dir, "coordinator", PASSPHRASE));
    }

    @Test
    void changingPassphraseRewritesOnlyTheHeader() throws Exception {
        TestVaults.create(dir, "coordinator", PASSPHRASE).close();
        byte[] dbBefore = Files.readAllBytes(dir.resolve("marac.mv.db"));
        try (UnlockedVault v = new Vault(new SecureRandom()).unlock(dir, "coordinator", PASSPHRASE.toCharArray())) {
            v.changePassphrase("coordinator", "a brand new passphrase here".toCharArray());
        }
        assertArrayEquals(dbBefore, Files.readAllBytes(dir.resolve("marac.mv.db")));
        assertThrows(WrongCredentialsException.class, () -> TestVaults.unlock(dir, "coordinator", PASSPHRASE));
        TestVaults.unlock(dir, "coordinator", "a brand new passphrase here").close();
    }

    @Test
    void databaseFileIsEncryptedAndHeaderHoldsNoKey() throws Exception {
        try (Store store = TestVaults.create(dir, "coordinator", PASSPHRASE)) {
            store.doInTransaction(s -> {
                s.persist(new Account("coordinator", "Zebedee Marker", Role.COORDINATOR, null, Instant.now()));
            });
        }
        byte[] db = Files.readAllBytes(dir.resolve("marac.mv.db"));
        assertTrue(new String(db, 0, 9, StandardCharsets.ISO_8859_1).startsWith("H2encrypt"));
        assertFalse(new String(db, StandardCharsets.ISO_8859_1).contains("Zebedee"));
        assertFalse(new String(db, StandardCharsets.ISO_8859_1).contains("ACCOUNT"));
    }

    @Test
    void secondUserSlotOpensTheSameVault() throws Exception {
        TestVaults.create(dir, "coordinator", PASSPHRASE).close();
        try (UnlockedVault v = new Vault(new SecureRandom()).unlock(dir, "coordinator", PASSPHRASE.toCharArray())) {
            v.addUser("chair", "the chair's own passphrase".toCharArray());
        }
        TestVaults.unlock(dir, "chair", "the chair's own passphrase").close();
        assertEquals(java.util.List.of("coordinator", "chair"), new Vault(new SecureRandom()).usernames(dir));
    }

    @Test
    void headerWithoutOptionalFieldsStillVerifies() throws Exception {
        // A header written before the audit anchor existed has no "auditAnchor" key at all.
        TestVaults.create(dir, "coordinator", PASSPHRASE).close();
        String json = Files.readString(dir.resolve("vault.json"));
        assertFalse(json.contains("auditAnchor"), "a fresh vault has no anchor until its first lock");
        TestVaults.unlock(dir, "coordinator", PASSPHRASE).close();
    }
}
