package org.maracdesk.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.maracdesk.common.Usernames;

/**
 * An open vault: its folder, header and data key. Closing it wipes the key. Slot changes
 * rewrite only the header, never the database.
 */
public final class UnlockedVault implements AutoCloseable {
    private final Vault vault;
    private final Path dir;
    private final String username;
    private final DataKey dataKey;
    private VaultHeader header;

    UnlockedVault(Vault vault, Path dir, VaultHeader header, String username, DataKey dataKey) {
        this.vault = vault;
        this.dir = dir;
        this.header = header;
        this.username = username;
        this.dataKey = dataKey;
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

    public DataKey dataKey() {
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

    public synchronized java.util.Optional<AuditAnchor> auditAnchor() {
        return java.util.Optional.ofNullable(header.auditAnchor());
    }

    /** Records the audit chain's head in the (MAC'd) header, so a shorter chain is noticed later. */
    public synchronized void setAuditAnchor(AuditAnchor anchor) {
        header = HeaderFile.write(dir, header.withAuditAnchor(anchor), dataKey);
    }

    /** Deletes an account's key slot: that passphrase no longer opens the vault. */
    public synchronized void removeUser(String user) {
        String name = Usernames.normalise(user);
        List<KeySlot> slots = new ArrayList<>(header.slots());
        if (!slots.removeIf(s -> s.kind() == KeySlot.Kind.USER && s.username().equals(name))) {
            throw new IllegalArgumentException("there is no account " + name);
        }
        header = HeaderFile.write(dir, header.withSlots(slots), dataKey);
    }

    public boolean isClosed() {
        return dataKey.isDestroyed();
    }

    @Override
    public void close() {
        dataKey.close();
    }
}
