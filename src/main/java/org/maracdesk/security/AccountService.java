package org.maracdesk.security;

import java.time.Clock;
import java.util.Optional;
import org.maracdesk.store.Store;

/** Accounts held in the database; their passphrases live only as key slots in the vault header. */
public final class AccountService {
    /** The active account of a username ({@code :u}); the unlock's first query. */
    static final String ACTIVE_ACCOUNT = "from Account a where a.username = :u and a.active";

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

    /** Sets an active account's role and agency; returns the account as it was. */
    AccountInfo changeRole(org.hibernate.Session session, String username, Role role, String agencyCode) {
        Account a = session.createSelectionQuery(ACTIVE_ACCOUNT, Account.class)
                .setParameter("u", username).uniqueResultOptional()
                .orElseThrow(() -> new IllegalArgumentException("there is no account " + username));
        AccountInfo before = a.toInfo();
        a.changeRole(role, agencyCode);
        return before;
    }

    /** Marks the account inactive; its row stays so audit entries keep their meaning. */
    public void deactivate(Store store, org.hibernate.Session session, String username) {
        session.createSelectionQuery("from Account a where a.username = :u", Account.class)
                .setParameter("u", username).uniqueResultOptional().ifPresent(Account::deactivate);
    }

    public boolean anyActive(Store store, Role role) {
        return store.read(session -> session.createSelectionQuery(
                "select count(a) from Account a where a.role = :r and a.active", Long.class)
                .setParameter("r", role).getSingleResult() > 0);
    }

    public java.util.List<AccountInfo> listActive(Store store) {
        return store.read(session -> session.createSelectionQuery(
                "from Account a where a.active order by a.username", Account.class).getResultList()
                .stream().map(Account::toInfo).toList());
    }

    /** Every account ever made, active ones first, by username. */
    public java.util.List<AccountRow> listAll(Store store) {
        return store.read(session -> session.createSelectionQuery(
                "from Account a order by a.active desc, a.username", Account.class).getResultList()
                .stream().map(a -> new AccountRow(a.toInfo(), a.isActive())).toList());
    }

    /** Active accounts only: a removed account cannot sign in even if an old slot were restored. */
    public Optional<AccountInfo> find(Store store, String username) {
        return store.read(session -> session
                .createSelectionQuery(ACTIVE_ACCOUNT, Account.class)
                .setParameter("u", username)
                .uniqueResultOptional()
                .map(Account::toInfo));
    }
}
