package org.maracdesk.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Executor;
import org.maracdesk.common.WrongCredentialsException;

/** Real encrypted vaults in a temporary folder, for tests. */
public final class TestVaults {
    public static final Executor SAME_THREAD = Runnable::run;

    private TestVaults() {
    }

    public static PersistenceUnit persistenceUnit() {
        return org.maracdesk.app.common.PersistenceUnits.all();
    }

    public static Store create(Path dir, String user, String passphrase) {
        UnlockedVault vault = new Vault(new SecureRandom()).create(dir, user, passphrase.toCharArray());
        return Store.open(vault, persistenceUnit().prepare(SAME_THREAD), true);
    }

    public static Store unlock(Path dir, String user, String passphrase) throws WrongCredentialsException {
        UnlockedVault vault = new Vault(new SecureRandom()).unlock(dir, user, passphrase.toCharArray());
        return Store.open(vault, persistenceUnit().prepare(SAME_THREAD), false);
    }
}
