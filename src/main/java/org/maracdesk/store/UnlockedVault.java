package org.maracdesk.store;

import org.maracdesk.common.Secrets;
import org.maracdesk.common.VaultFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.maracdesk.common.Usernames;

/**
 * An open vault: its folder, header, data key and root key. Closing it wipes the keys. Adding
 * a slot or changing one's own passphrase rewrites only the header; removing an account,
 * resetting a passphrase or using or renewing the recovery key changes the data key
 * ({@link #rekey}, called by {@link Store} while the database is closed).
 * <p>
 * The data key encrypts the database file and MACs the header; the root key is stable across
 * changes of data key and keys what must outlive them (the audit chain, audit digests, the H2
 * user password).
 */
public final class UnlockedVault implements StoreKeys, AutoCloseable {
    private static final String ROOT_WRAP = "root-wrap";
    private final Vault vault;
    private final Path dir;
    private final String username;
    private DataKey dataKey;
    private final DataKey rootKey;
    private VaultHeader header;

    UnlockedVault(Vault vault, Path dir, VaultHeader header, String username, DataKey dataKey) {
        this.vault = vault;
        this.dir = dir;
        this.header = header;
        this.username = username;
        this.dataKey = dataKey;
        this.rootKey = root(header, dataKey);
    }

    private static DataKey root(VaultHeader header, DataKey dataKey) {
        if (header.rootWrapped() == null) {
            return DataKey.adopt(dataKey.copy());
        }
        byte[] wrapKey = dataKey.derive(ROOT_WRAP);
        try {
            byte[] raw = AesGcm.open(wrapKey, header.rootNonce(), rootAad(header.vaultId()), header.rootWrapped());
            if (raw == null) {
                throw new VaultFormatException("the vault header's root key does not open; restore the vault from a"
                        + " backup");
            }
            return DataKey.adopt(raw);
        } finally {
            Secrets.wipe(wrapKey);
        }
    }

    private static byte[] rootAad(String vaultId) {
        return ("marac-desk-root|" + vaultId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A sub-key of the stable root key (audit chain, audit digests); the caller wipes it. */
    @Override
    public synchronized byte[] deriveStable(String purpose) {
        return rootKey.derive(purpose);
    }

    /** H2's connection password for the current data key; the caller wipes it. */
    synchronized char[] h2Password() {
        return dataKey.h2Password(rootKey);
    }

    /** The key generation of this header: 0 until the data key first changes. */
    public synchronized long generation() {
        return header.keyGeneration();
    }

    public Path dir() {
        return dir;
    }

    public String username() {
        return username;
    }

    public String vaultId() {
        return header.vaultId();
    }

    public synchronized DataKey dataKey() {
        return dataKey;
    }

    public synchronized List<String> usernames() {
        return header.slots().stream().filter(s -> s.kind() == KeySlot.Kind.USER).map(KeySlot::username).toList();
    }

    /** Adds a key slot for another account. */
    public synchronized void addUser(String newUsername, char[] passphrase) {
        String user = Usernames.require(newUsername);
        if (usernames().contains(user)) {
            throw new IllegalArgumentException("the username " + user + " is already taken");
        }
        List<KeySlot> slots = new ArrayList<>(header.slots());
        slots.add(vault.seal(header.vaultId(), KeySlot.Kind.USER, user, passphrase, dataKey));
        header = HeaderFile.write(dir, header.withSlots(slots), dataKey);
    }

    /**
     * Takes back a slot just added for an account whose creation then failed, so a failed add
     * leaves no way in behind. Only the header changes: nobody but the person adding it knew
     * that passphrase.
     */
    public synchronized void withdrawNewSlot(String user) {
        String name = Usernames.normalise(user);
        List<KeySlot> slots = new ArrayList<>(header.slots());
        if (slots.removeIf(s -> s.kind() == KeySlot.Kind.USER && s.username().equals(name))) {
            header = HeaderFile.write(dir, header.withSlots(slots), dataKey);
        }
    }

    /**
     * Makes a new recovery key, replacing any earlier one, and returns it to be shown once.
     * The caller wipes the returned array.
     */
    public synchronized char[] renewRecoveryKey(java.security.SecureRandom random) {
        char[] key = RecoveryKeys.generate(random);
        List<KeySlot> slots = new ArrayList<>();
        for (KeySlot s : header.slots()) {
            if (s.kind() != KeySlot.Kind.RECOVERY) {
                slots.add(s);
            }
        }
        slots.add(vault.sealRecovery(header.vaultId(), key, dataKey));
        header = HeaderFile.write(dir, header.withSlots(slots), dataKey);
        return key;
    }

    public synchronized boolean hasRecoveryKey() {
        return header.slots().stream().anyMatch(s -> s.kind() == KeySlot.Kind.RECOVERY);
    }

    /** Rewrites one account's slot with a new passphrase; the database is untouched. */
    public synchronized void changePassphrase(String user, char[] newPassphrase) {
        String name = Usernames.normalise(user);
        List<KeySlot> slots = new ArrayList<>();
        boolean found = false;
        for (KeySlot s : header.slots()) {
            if (s.kind() == KeySlot.Kind.USER && s.username().equals(name)) {
                slots.add(vault.seal(header.vaultId(), KeySlot.Kind.USER, name, newPassphrase, dataKey));
                found = true;
            } else {
                slots.add(s);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("there is no account " + name);
        }
        header = HeaderFile.write(dir, header.withSlots(slots), dataKey);
    }

    /**
     * Rewrites a slot from before sealing existed as a sealed slot, with the secret that just
     * opened it (already normalised for the recovery key), so a later change of data key can
     * carry it over.
     */
    synchronized void upgradeSlot(KeySlot old, char[] secret) {
        List<KeySlot> slots = new ArrayList<>();
        for (KeySlot s : header.slots()) {
            slots.add(s.id().equals(old.id())
                    ? vault.seal(header.vaultId(), s.kind(), s.username(), secret, dataKey) : s);
        }
        header = HeaderFile.write(dir, header.withSlots(slots), dataKey);
    }

    @Override
    public synchronized java.util.Optional<AuditAnchor> auditAnchor() {
        return java.util.Optional.ofNullable(header.auditAnchor());
    }

    /** Records the audit chain's head in the (MAC'd) header, so a shorter chain is noticed later. */
    public synchronized void setAuditAnchor(AuditAnchor anchor) {
        header = HeaderFile.write(dir, header.withAuditAnchor(anchor), dataKey);
    }

    /**
     * Switches to a new data key while the database is closed: re-encrypts the file into a
     * pending copy, stamps it with the next generation, writes the new header (slots resealed to
     * the new key, minus those {@code edit} drops, plus those it adds), then puts the copy in
     * place. Slots written before sealing existed cannot be resealed and are dropped; their
     * usernames are returned so an administrator can give them new passphrases.
     */
    synchronized List<String> rekey(SlotEdit edit, java.security.SecureRandom random) {
        DataKey next = DataKey.generate(random);
        long generation = header.keyGeneration() + 1;
        boolean headerWritten = false;
        try {
            H2Rekey.writePending(dir, dataKey, next);
            char[] password = next.h2Password(rootKey);
            try {
                H2Rekey.stampPending(dir, password, generation);
            } finally {
                Secrets.wipe(password);
            }
            List<String> dropped = new ArrayList<>();
            List<KeySlot> slots = new ArrayList<>();
            for (KeySlot s : header.slots()) {
                if (edit.drops(s)) {
                    continue;
                }
                if (s.isSealed()) {
                    slots.add(vault.reseal(header.vaultId(), s, next));
                } else {
                    dropped.add(s.kind() == KeySlot.Kind.RECOVERY ? Vault.RECOVERY_SLOT_NAME : s.username());
                }
            }
            slots.addAll(edit.newSlots(vault, header.vaultId(), next));
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            byte[] wrapKey = next.derive(ROOT_WRAP);
            byte[] rootRaw = rootKey.copy();
            try {
                VaultHeader nextHeader = header.rekeyed(slots, generation, nonce,
                        AesGcm.seal(wrapKey, nonce, rootAad(header.vaultId()), rootRaw));
                header = HeaderFile.write(dir, nextHeader, next);
                headerWritten = true;
            } finally {
                Secrets.wipe(wrapKey);
                Secrets.wipe(rootRaw);
            }
            H2Rekey.adopt(dir);
            DataKey old = dataKey;
            dataKey = next;
            old.close();
            return dropped;
        } catch (RuntimeException e) {
            if (headerWritten) {
                // The header already names the new key: keep the pending file; the next open adopts it.
                DataKey old = dataKey;
                dataKey = next;
                old.close();
            } else {
                H2Rekey.deleteQuietly(H2Rekey.pendingFile(dir));
                next.close();
            }
            throw e;
        }
    }

    public boolean isClosed() {
        return dataKey.isDestroyed();
    }

    @Override
    public synchronized void close() {
        dataKey.close();
        rootKey.close();
    }
}
