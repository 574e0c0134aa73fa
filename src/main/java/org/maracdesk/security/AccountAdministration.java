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
    private final VaultMaintenance maintenance;
    private final AccountService accounts;

    /** With a maintenance of its own over {@code sessions} (it holds no state); the demo command wires it so. */
    public AccountAdministration(SessionManager sessions, AccountService accounts) {
        this(sessions, new VaultMaintenance(sessions), accounts);
    }

    public AccountAdministration(SessionManager sessions, VaultMaintenance maintenance, AccountService accounts) {
        this.sessions = sessions;
        this.maintenance = maintenance;
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
            try {
                AccountInfo added = accounts.create(store, user, displayName, role, agencyCode);
                sessions.audit().append(store, actor(), AuditAction.ACCOUNT_ADDED, "account", user, null);
                return added;
            } catch (RuntimeException e) {
                store.vault().withdrawNewSlot(user);
                throw e;
            }
        } finally {
            Secrets.wipe(passphrase);
        }
    }

    /**
     * Removes an account for good: its key slot is deleted and the vault switches to a new data
     * key, so no copy of the old header opens the current database; then the account is
     * deactivated (its history stays). Nobody may remove their own account. Backups made before
     * still open with the passphrases of their time.
     *
     * @return accounts whose slots (from an older version, never unlocked since) could not be
     *         carried to the new key and need a new passphrase
     */
    public List<String> remove(String username) {
        Store store = authorised();
        String user = Usernames.normalise(username);
        if (user.equals(actor())) {
            throw new IllegalArgumentException("you cannot remove your own account");
        }
        if (!store.vault().usernames().contains(user)) {
            throw new IllegalArgumentException("there is no account " + user);
        }
        List<String> dropped = maintenance.changeDataKey(org.maracdesk.store.SlotEdit.removeUser(user));
        Store current = sessions.store();
        current.doInTransaction(session -> {
            accounts.deactivate(current, session, user);
            sessions.audit().append(current, session, actor(), AuditAction.ACCOUNT_REMOVED, "account", user, null);
        });
        return dropped;
    }

    /**
     * Gives another account a new passphrase: a new slot, and a new data key, so the old
     * passphrase opens nothing, whatever copy of the header it is tried on. Audited.
     */
    public List<String> resetPassphrase(String username, char[] passphrase) {
        try {
            Store store = authorised();
            String user = Usernames.normalise(username);
            PassphrasePolicy.requireAcceptable(passphrase);
            if (!store.vault().usernames().contains(user)) {
                throw new IllegalArgumentException("there is no account " + user);
            }
            List<String> dropped = maintenance.changeDataKey(org.maracdesk.store.SlotEdit.setPassphrase(user,
                    passphrase));
            sessions.audit().append(sessions.store(), actor(), AuditAction.PASSPHRASE_RESET, "account", user, null);
            return dropped;
        } finally {
            Secrets.wipe(passphrase);
        }
    }

    /**
     * Replaces the recovery key (the old one stops working) and switches the vault to a new data
     * key. Returns the new key, to be shown once; the caller wipes it.
     */
    public char[] renewRecoveryKey() {
        authorised();
        char[] key = org.maracdesk.store.RecoveryKeys.generate(new java.security.SecureRandom());
        char[] forSlot = key.clone();
        try {
            maintenance.changeDataKey(org.maracdesk.store.SlotEdit.renewRecoveryKey(forSlot));
        } catch (RuntimeException e) {
            Secrets.wipe(key);
            throw e;
        } finally {
            Secrets.wipe(forSlot);
        }
        sessions.audit().append(sessions.store(), actor(), AuditAction.RECOVERY_KEY_RENEWED, "vault", null, null);
        return key;
    }

    /**
     * Gives another account a new role (and agency, for agency representatives and Idvas). It takes effect
     * at that account's next sign-in: a session already open keeps the role it signed in with. Nobody
     * changes their own role, and the last administrator stays one. Audited (digest of the old and new).
     */
    public AccountInfo changeRole(String username, Role role, String agencyCode) {
        Store store = authorised();
        String user = Usernames.normalise(username);
        if (user.equals(actor())) {
            throw new IllegalArgumentException("you cannot change your own role");
        }
        if (role == null) {
            throw new IllegalArgumentException("choose the new role");
        }
        boolean agencyRole = role == Role.AGENCY_REPRESENTATIVE || role == Role.IDVA;
        String agency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
        if (role == Role.AGENCY_REPRESENTATIVE && agency == null) {
            throw new IllegalArgumentException("an agency representative belongs to one agency: give its code");
        }
        String kept = agencyRole ? agency : null;
        return store.inTransaction(session -> {
            AccountInfo before = accounts.changeRole(session, user, role, kept);
            if (before.role() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR
                    && session.createSelectionQuery("select count(a) from Account a where a.role = :r and a.active",
                    Long.class).setParameter("r", Role.ADMINISTRATOR).getSingleResult() == 0) {
                throw new IllegalArgumentException("this is the only administrator; add another one first");
            }
            sessions.audit().append(store, session, actor(), AuditAction.CHANGED, "account", user,
                    AuditDigest.of(store, before.role().name(), String.valueOf(before.agencyCode()), role.name(),
                            String.valueOf(kept)));
            return new AccountInfo(user, before.displayName(), role, kept);
        });
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
