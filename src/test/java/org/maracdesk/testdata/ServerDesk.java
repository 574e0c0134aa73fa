package org.maracdesk.testdata;

import java.time.Clock;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;

/**
 * A fresh database on the test run's PostgreSQL cluster, opened as its owner. Signing in as another
 * account changes who the services see; per-account server logins and row-level security are the
 * next step of shared mode (issue 13), so the database does not enforce anything per account yet.
 */
final class ServerDesk implements TestDesk {
    private final AccountService accounts = new AccountService(Clock.systemUTC());
    private final Store store;
    private AccountInfo current;

    ServerDesk(String displayName, String user) {
        store = TestStores.server();
        current = accounts.create(store, user, displayName, Role.COORDINATOR, null);
    }

    @Override
    public StoreKind kind() {
        return StoreKind.POSTGRESQL;
    }

    @Override
    public void addAccount(String user, String displayName, Role role, String agency) {
        accounts.create(store, user, displayName, role, agency);
    }

    @Override
    public void signInAs(String user) {
        current = null;
        current = accounts.find(store, user).orElseThrow(() -> new IllegalArgumentException("no account " + user));
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public AccountInfo current() {
        if (current == null || store.isClosed()) {
            throw new StoreUnavailableException("signed out");
        }
        return current;
    }

    @Override
    public void close() {
        current = null;
        store.close();
    }
}
