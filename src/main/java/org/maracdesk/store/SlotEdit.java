package org.maracdesk.store;

import org.maracdesk.common.Usernames;
import java.util.ArrayList;
import java.util.List;

/**
 * What a change of data key does to the key slots: drop an account's slot, give an account a
 * new passphrase (a new slot in place of its old one), or replace the recovery key. The caller
 * wipes the secrets after the change.
 */
public record SlotEdit(String removeUser, String setUser, char[] setPassphrase, char[] newRecoveryKey) {

    /** Only a new data key; every slot stays. */
    public static SlotEdit none() {
        return new SlotEdit(null, null, null, null);
    }

    public static SlotEdit removeUser(String username) {
        return new SlotEdit(Usernames.normalise(username), null, null, null);
    }

    public static SlotEdit setPassphrase(String username, char[] passphrase) {
        return new SlotEdit(null, Usernames.normalise(username), passphrase, null);
    }

    public static SlotEdit renewRecoveryKey(char[] recoveryKey) {
        return new SlotEdit(null, null, null, recoveryKey);
    }

    boolean drops(KeySlot slot) {
        if (slot.kind() == KeySlot.Kind.RECOVERY) {
            return newRecoveryKey != null;
        }
        return slot.username().equals(removeUser) || slot.username().equals(setUser);
    }

    List<KeySlot> newSlots(Vault vault, String vaultId, DataKey next) {
        List<KeySlot> out = new ArrayList<>();
        if (setUser != null) {
            out.add(vault.seal(vaultId, KeySlot.Kind.USER, setUser, setPassphrase, next));
        }
        if (newRecoveryKey != null) {
            out.add(vault.sealRecovery(vaultId, newRecoveryKey, next));
        }
        return out;
    }
}
