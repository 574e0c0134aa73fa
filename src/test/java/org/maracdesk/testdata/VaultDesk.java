package org.maracdesk.testdata;

import java.nio.file.Path;
import java.time.Clock;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;

/** A real encrypted vault, created, unlocked and locked through the session manager of a fresh services graph. */
final class VaultDesk implements TestDesk {
    private final Path dir;
    private final char[] passphrase;
    private SessionManager sessions;

    VaultDesk(Path dir, String displayName, String user, char[] passphrase) {
        this.dir = dir;
        this.passphrase = passphrase.clone();
        sessions = CliVault.sessionsFor(dir);
        sessions.createVault(displayName, user, Role.COORDINATOR, passphrase);
    }

    /** The vault already in {@code dir}, signed in as {@code user}. */
    VaultDesk(Path dir, String user, char[] passphrase) throws Exception {
        this.dir = dir;
        this.passphrase = passphrase.clone();
        sessions = CliVault.sessionsFor(dir);
        sessions.unlock(user, passphrase.clone());
    }

    @Override
    public StoreKind kind() {
        return StoreKind.H2;
    }

    @Override
    public void addAccount(String user, String displayName, Role role, String agency) {
        sessions.store().vault().addUser(user, passphrase.clone());
        new AccountService(Clock.systemUTC()).create(sessions.store(), user, displayName, role, agency);
    }

    @Override
    public void signInAs(String user) throws Exception {
        sessions.lock();
        sessions = CliVault.sessionsFor(dir);
        sessions.unlock(user, passphrase.clone());
    }

    @Override
    public Store store() {
        return sessions.store();
    }

    @Override
    public AccountInfo current() {
        return sessions.current();
    }

    @Override
    public void close() {
        sessions.lock();
    }
}
