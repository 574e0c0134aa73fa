package org.maracdesk.security;

import java.time.Clock;
import java.util.Optional;
import org.maracdesk.store.Store;

/** Accounts held in the database; their passphrases live only as key slots in the vault header. */
public final class AccountService {
    private final Clock clock;

    public AccountService(Clock clock) {
        this.clock = clock;
    }

    public AccountInfo create(Store store, String username, String displayName, Role role, String agencyCode) {
        return store.inTransaction(session -> {
            Account account = new Account(username, displayName.strip(), role, agencyCode, clock.instant());
            session.persist(account);
            return account.toInfo();
        });
    }

    public Optional<AccountInfo> find(Store store, String username) {
        return store.read(session -> session
                .createSelectionQuery("from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .uniqueResultOptional()
                .map(Account::toInfo));
    }
}
