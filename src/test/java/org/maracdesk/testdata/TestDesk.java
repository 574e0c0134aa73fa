package org.maracdesk.testdata;

import java.nio.file.Path;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Role;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.StoreProvider;

/**
 * Someone signed in to a real store, as the services see it ({@link StoreProvider} and
 * {@link CurrentUser}): on H2 a real vault opened through the session manager, exactly as the
 * application does ({@link VaultDesk}); on PostgreSQL a fresh database on the test cluster
 * ({@link ServerDesk}). Service tests that run on both stores are written against this.
 */
public interface TestDesk extends StoreProvider, CurrentUser, AutoCloseable {
    /** A desk whose first account is {@code user}, a coordinator, signed in. */
    static TestDesk open(StoreKind kind, Path dir, String displayName, String user, char[] passphrase) {
        return switch (kind) {
            case H2 -> new VaultDesk(dir, displayName, user, passphrase);
            case POSTGRESQL -> new ServerDesk(displayName, user);
        };
    }

    StoreKind kind();

    /** Adds an account (on H2 with its own key slot, passphrase as the first account's). */
    void addAccount(String user, String displayName, Role role, String agency);

    /** Signs out and signs in as {@code user}. */
    void signInAs(String user) throws Exception;

    /** Signs out; the store closes. */
    @Override
    void close();
}
