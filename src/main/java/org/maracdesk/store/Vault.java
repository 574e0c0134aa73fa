package org.maracdesk.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.Usernames;
import org.maracdesk.common.VaultFormatException;
import org.maracdesk.common.WrongCredentialsException;

/**
 * Creates and unlocks vault folders. A vault is {@code vault.json} (key slots) plus the H2
 * database encrypted with the random data key that each slot wraps.
 */
public final class Vault {
    private final SecureRandom random;

    public Vault(SecureRandom random) {
        this.random = random;
    }

    public static boolean exists(Path vaultDir) {
        return HeaderFile.exists(vaultDir);
    }

    /** Creates the folder and header with one user slot. The database is created on first open. */
    public UnlockedVault create(Path vaultDir, String username, char[] passphrase) {
        if (exists(vaultDir)) {
            throw new VaultFormatException("a vault already exists in " + vaultDir);
        }
        String user = Usernames.require(username);
        requireMissingOrEmpty(vaultDir);
        OwnerOnlyFiles.createDirectories(vaultDir);
        DataKey dataKey = DataKey.generate(random);
        String vaultId = UUID.randomUUID().toString();
        KeySlot slot = seal(vaultId, KeySlot.Kind.USER, user, passphrase, dataKey);
        VaultHeader header = new VaultHeader(VaultHeader.FORMAT, VaultHeader.CURRENT_VERSION, vaultId,
                Instant.now().toString(), List.of(slot), null, null);
        VaultHeader signed = HeaderFile.write(vaultDir, header, dataKey);
        return new UnlockedVault(this, vaultDir, signed, user, dataKey);
    }

    private static void requireMissingOrEmpty(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new VaultFormatException("the folder " + dir + " is not empty; choose a new or empty folder"
                        + " for the vault");
            }
        } catch (java.io.IOException e) {
            throw new VaultFormatException("the folder " + dir + " cannot be read", e);
        }
    }

    /**
     * Derives the passphrase key and unwraps the data key. An unknown username costs the same
     * derivation as a known one, so timing does not reveal which accounts exist.
     */
    public UnlockedVault unlock(Path vaultDir, String username, char[] passphrase) throws WrongCredentialsException {
        VaultHeader header = HeaderFile.read(vaultDir);
        String user = Usernames.normalise(username);
        KeySlot slot = header.slots().stream()
                .filter(s -> s.kind() == KeySlot.Kind.USER && s.username().equals(user))
                .findFirst().orElse(null);
        if (slot == null) {
            Secrets.wipe(Argon2Kdf.derive(passphrase, new byte[16], KdfParameters.defaults()));
            throw new WrongCredentialsException();
        }
        UnlockedVault unlocked = new UnlockedVault(this, vaultDir, header, user, unwrap(header, slot, passphrase));
        if (!slot.isSealed()) {
            unlocked.upgradeSlot(slot, passphrase);
        }
        return unlocked;
    }

    /** Opens the vault with its recovery key, to give an account a new passphrase. */
    public UnlockedVault unlockWithRecoveryKey(Path vaultDir, char[] recoveryKey) throws WrongCredentialsException {
        VaultHeader header = HeaderFile.read(vaultDir);
        KeySlot slot = header.slots().stream().filter(s -> s.kind() == KeySlot.Kind.RECOVERY).findFirst()
                .orElseThrow(() -> new VaultFormatException("this vault has no recovery key"));
        char[] key = RecoveryKeys.normalise(recoveryKey);
        try {
            UnlockedVault unlocked = new UnlockedVault(this, vaultDir, header, null, unwrap(header, slot, key));
            if (!slot.isSealed()) {
                unlocked.upgradeSlot(slot, key);
            }
            return unlocked;
        } finally {
            Secrets.wipe(key);
        }
    }

    /** The data key from one slot, after checking that the header it came with is unaltered. */
    private static DataKey unwrap(VaultHeader header, KeySlot slot, char[] secret) throws WrongCredentialsException {
        byte[] raw = open(header.vaultId(), slot, secret);
        if (raw == null) {
            throw new WrongCredentialsException();
        }
        DataKey dataKey = DataKey.adopt(raw);
        try {
            HeaderFile.verify(header, dataKey);
        } catch (RuntimeException e) {
            dataKey.close();
            throw e;
        }
        return dataKey;
    }

    KeySlot sealRecovery(String vaultId, char[] recoveryKey, DataKey dataKey) {
        char[] key = RecoveryKeys.normalise(recoveryKey);
        try {
            return seal(vaultId, KeySlot.Kind.RECOVERY, RECOVERY_SLOT_NAME, key, dataKey);
        } finally {
            Secrets.wipe(key);
        }
    }

    static final String RECOVERY_SLOT_NAME = "recovery";

    public List<String> usernames(Path vaultDir) {
        List<String> names = new ArrayList<>();
        for (KeySlot s : HeaderFile.read(vaultDir).slots()) {
            if (s.kind() == KeySlot.Kind.USER) {
                names.add(s.username());
            }
        }
        return names;
    }

    /**
     * A sealed slot: the passphrase's key wraps a new X25519 private key, and the data key is
     * sealed to its public key (see {@link KeySlot}).
     */
    KeySlot seal(String vaultId, KeySlot.Kind kind, String username, char[] passphrase, DataKey dataKey) {
        KdfParameters kdf = KdfParameters.defaults();
        byte[] salt = randomBytes(16);
        byte[] nonce = randomBytes(12);
        String slotId = UUID.randomUUID().toString();
        byte[] kek = Argon2Kdf.derive(passphrase, salt, kdf);
        java.security.KeyPair pair = SlotSeal.newKeyPair();
        byte[] privateKey = pair.getPrivate().getEncoded();
        byte[] publicKey = pair.getPublic().getEncoded();
        try {
            KeySlot draft = KeySlot.wrapping(slotId, kind, username, kdf, salt, nonce, new byte[0]);
            byte[] wrapped = AesGcm.seal(kek, nonce, draft.associatedData(vaultId), privateKey);
            KeySlot unsealed = new KeySlot(slotId, kind, username, kdf, salt, nonce, wrapped, publicKey,
                    new byte[1], new byte[12], new byte[1]);
            return reseal(vaultId, unsealed, dataKey);
        } finally {
            Secrets.wipe(kek);
            Secrets.wipe(privateKey);
        }
    }

    /** The same slot with {@code dataKey} sealed to its public key: no passphrase needed. */
    KeySlot reseal(String vaultId, KeySlot slot, DataKey dataKey) {
        byte[] raw = dataKey.copy();
        try {
            return slot.withSeal(SlotSeal.seal(slot.publicKey(), slot.associatedData(vaultId), raw, random));
        } finally {
            Secrets.wipe(raw);
        }
    }

    /** The data key from a slot, or null when the passphrase (or the slot) is wrong. */
    private static byte[] open(String vaultId, KeySlot slot, char[] passphrase) {
        byte[] kek = Argon2Kdf.derive(passphrase, slot.salt(), slot.kdf());
        byte[] inner = null;
        try {
            inner = AesGcm.open(kek, slot.nonce(), slot.associatedData(vaultId), slot.wrappedKey());
            if (inner == null || !slot.isSealed()) {
                return inner;
            }
            return SlotSeal.open(inner, slot.publicKey(), slot.seal(), slot.associatedData(vaultId));
        } finally {
            Secrets.wipe(kek);
            if (slot.isSealed()) {
                Secrets.wipe(inner);
            }
        }
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
