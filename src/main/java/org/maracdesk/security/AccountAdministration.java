package org.maracdesk.security;

import java.util.List;
import org.maracdesk.common.Secrets;
import org.maracdesk.store.Store;
import org.maracdesk.common.Usernames;

/**
 * Adding, removing and resetting accounts: each account is a database row plus its own key
 * slot in the vault header. Administrators do this; so may a coordinator while the vault has
 * no administrator yet (a new vault's first account is a coordinator). Every change is audited.
 */
public final class AccountAdministration {
    private final SessionManager sessions;
    private final AccountService accounts;

    public AccountAdministration(SessionManager sessions, AccountService accounts) {
        this.sessions = sessions;
        this.accounts = accounts;
    }

    public AccountInfo add(String username, String displayName, Role role, String agencyCode, char[] passphrase) {
        try {
            Store store = authorised();
            String user = Usernames.require(username);
            if (role == Role.AGENCY_REPRESENTATIVE && (agencyCode == null || agencyCode.isBlank())) {
                throw new IllegalArgumentException("an agency representative belongs to one agency: give its code");
            }
            if (displayName == null || displayName.isBlank()) {
                throw new IllegalArgumentException("give the account a display name");
            }
            PassphrasePolicy.requireAcceptable(passphrase);
            store.vault().addUser(user, passphrase);
            AccountInfo added = accounts.create(store, user, displayName, role, agencyCode);
            sessions.audit().append(store, actor(), AuditAction.ACCOUNT_ADDED, "account", user, null);
            return added;
        } finally {
            Secrets.wipe(passphrase);
        }
    }

    /** Deletes the account's key slot and deactivates it. Nobody may remove their own account. */
    public void remove(String username) {
        Store store = authorised();
        String user = Usernames.normalise(username);
        if (user.equals(actor())) {
            throw new IllegalArgumentException("you cannot remove your own account");
        }
        store.vault().removeUser(user);
        store.doInTransaction(session -> {
            accounts.deactivate(store, session, user);
            sessions.audit().append(store, session, actor(), AuditAction.ACCOUNT_REMOVED, "account", user, null);
        });
    }

    /** Gives another account a new passphrase (a new slot); audited. */
    public void resetPassphrase(String username, char[] passphrase) {
        try {
            Store store = authorised();
            String user = Usernames.normalise(username);
            PassphrasePolicy.requireAcceptable(passphrase);
            store.vault().changePassphrase(user, passphrase);
            sessions.audit().append(store, actor(), AuditAction.PASSPHRASE_RESET, "account", user, null);
        } finally {
            Secrets.wipe(passphrase);
        }
    }

    public List<AccountInfo> list() {
        return accounts.listActive(authorised());
    }

    /** Every account, removed ones too (marked inactive). */
    public List<AccountRow> listAll() {
        return accounts.listAll(authorised());
    }

    /** Whether the signed-in account may manage accounts now (for showing the screen; the methods check again). */
    public boolean mayManage() {
        AccountInfo who = sessions.current();
        return PermissionMatrix.allows(who.role(), Permission.MANAGE_ACCOUNTS) || bootstrap(who, sessions.store());
    }

    private boolean bootstrap(AccountInfo who, Store store) {
        return who.role() == Role.COORDINATOR && !accounts.anyActive(store, Role.ADMINISTRATOR);
    }

    private Store authorised() {
        AccountInfo who = sessions.current();
        Store store = sessions.store();
        if (!bootstrap(who, store)) {
            PermissionMatrix.require(who, Permission.MANAGE_ACCOUNTS);
        }
        return store;
    }

    private String actor() {
        return sessions.current().username();
    }
}
