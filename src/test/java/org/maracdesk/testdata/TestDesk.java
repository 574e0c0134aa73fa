package org.maracdesk.testdata;

import java.nio.file.Path;
import java.util.function.Consumer;
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

    /**
     * On H2 a copy of the vault {@code template} names, made by {@code make} (given a desk on a new vault whose first
     * account is {@code user}) the first time this JVM asks for it, signed in as {@code user}; on PostgreSQL a fresh
     * database given to {@code make} (see {@link VaultTemplates}).
     */
    static TestDesk open(StoreKind kind, Path dir, String template, String displayName, String user, char[] passphrase,
            Consumer<TestDesk> make) {
        if (kind == StoreKind.POSTGRESQL) {
            TestDesk desk = new ServerDesk(displayName, user);
            make.accept(desk);
            return desk;
        }
        VaultTemplates.copy(template, dir, d -> {
            try (TestDesk desk = new VaultDesk(d, displayName, user, passphrase.clone())) {
                make.accept(desk);
            }
        });
        try {
            return new VaultDesk(dir, user, passphrase);
        } catch (Exception e) {
            throw new IllegalStateException("a copy of the template vault " + template + " did not open", e);
        }
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
