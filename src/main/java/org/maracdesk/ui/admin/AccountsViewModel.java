package org.maracdesk.ui.admin;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.AccountRow;
import org.maracdesk.security.BackupAdministration;
import org.maracdesk.security.BackupAdministration.AutomaticBackup;
import org.maracdesk.security.PassphrasePolicy;
import org.maracdesk.security.Role;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.Usernames;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The Accounts tab: list, add, remove, reset. Input is checked here for a plain message;
 * {@link AccountAdministration} checks again and does the work (and the auditing) in the background.
 */
public final class AccountsViewModel {
    private final AccountAdministration admin;
    private final BackupAdministration backups;
    private final ObservableList<AutomaticBackup> olderBackups = FXCollections.observableArrayList();
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public AccountsViewModel(AccountAdministration admin, BackupAdministration backups, TaskExecutor executor,
                             ErrorHandler errors, Messages messages) {
        this.admin = admin;
        this.backups = backups;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    public void load() {
        run(admin::listAll, list -> rows.setAll(list), null);
    }

    /** Checks and adds; returns false (with {@link #problemProperty()} set) when the input is not acceptable. */
    public boolean add(NewAccount a) {
        String check = check(a);
        if (check != null) {
            wipe(a.passphrase(), a.confirmation());
            problem.set(check);
            return false;
        }
        Secrets.wipe(a.confirmation());
        String agency = a.role() == Role.AGENCY_REPRESENTATIVE || a.role() == Role.IDVA ? a.agencyCode() : null;
        run(() -> admin.add(a.username(), a.displayName(), a.role(), agency, a.passphrase()),
                added -> load(), messages.format("admin.accounts.added", Usernames.normalise(a.username())));
        return true;
    }

    private String check(NewAccount a) {
        if (!Usernames.isValid(a.username())) {
            return messages.get("admin.accounts.usernameInvalid");
        }
        if (a.displayName() == null || a.displayName().isBlank()) {
            return messages.get("admin.accounts.displayNameMissing");
        }
        if (a.role() == null) {
            return messages.get("admin.accounts.roleMissing");
        }
        if (a.role() == Role.AGENCY_REPRESENTATIVE && (a.agencyCode() == null || a.agencyCode().isBlank())) {
            return messages.get("admin.accounts.agencyMissing");
        }
        return passphraseProblem(a.passphrase(), a.confirmation());
    }

    /** A plain message when the two passphrases are unacceptable, else null. */
    public String passphraseProblem(char[] passphrase, char[] confirmation) {
        PassphrasePolicy.Problem p = PassphrasePolicy.problem(CharBuffer.wrap(passphrase));
        if (p == PassphrasePolicy.Problem.TOO_COMMON) {
            return messages.get("admin.passphrase.tooCommon");
        }
        if (p != null) {
            return messages.format("admin.accounts.passphraseLength", PassphrasePolicy.MIN_LENGTH,
                    PassphrasePolicy.MAX_LENGTH);
        }
        return Arrays.equals(passphrase, confirmation) ? null : messages.get("admin.accounts.passphraseMismatch");
    }

    public void remove(AccountRow row) {
        String user = row.account().username();
        rekeying();
        run(() -> {
            List<AutomaticBackup> older = backupsNow();
            return new KeyChange(admin.remove(user), older);
        }, change -> {
            load();
            warnDropped(change.dropped());
            olderBackups.setAll(change.olderBackups());
        }, messages.format("admin.accounts.removed", user));
    }

    /** Gives another account a new role and agency, from its next sign-in. */
    public void changeRole(AccountRow row, org.maracdesk.security.Role role, String agencyCode) {
        String user = row.account().username();
        run(() -> admin.changeRole(user, role, agencyCode), changed -> load(),
                messages.format("admin.accounts.role.done", user));
    }

    /** Gives the account a new passphrase; returns false (problem set) when the two are not acceptable. */
    public boolean reset(AccountRow row, char[] passphrase, char[] confirmation) {
        String check = passphraseProblem(passphrase, confirmation);
        Secrets.wipe(confirmation);
        if (check != null) {
            Secrets.wipe(passphrase);
            problem.set(check);
            return false;
        }
        String user = row.account().username();
        rekeying();
        run(() -> {
            List<AutomaticBackup> older = backupsNow();
            return new KeyChange(admin.resetPassphrase(user, passphrase), older);
        }, change -> {
            warnDropped(change.dropped());
            olderBackups.setAll(change.olderBackups());
        }, messages.format("admin.accounts.reset.done", user));
        return true;
    }

    /** Replaces the recovery key (a new data key too) and hands the new key to {@code show}, which wipes it. */
    public void renewRecoveryKey(java.util.function.Consumer<char[]> show) {
        rekeying();
        run(admin::renewRecoveryKey, show, messages.get("admin.accounts.renewKey.done"));
    }

    /** Says what the wait is for: the whole vault is re-encrypted before the change is done. */
    private void rekeying() {
        status.set(messages.get("admin.accounts.rekeying"));
    }

    /** Slots dropped by a change of key, and the automatic backups made before it. */
    private record KeyChange(List<String> dropped, List<AutomaticBackup> olderBackups) {
    }

    /** The automatic backups as they are now (empty for an account that does not manage backups). */
    private List<AutomaticBackup> backupsNow() {
        return backups.mayManage() ? backups.automaticBackups() : List.of();
    }

    /**
     * The automatic backups made before the last removal or reset: they still open with the old
     * passphrase. The screen asks whether to delete them; empty when there are none or once answered.
     */
    public ObservableList<AutomaticBackup> olderBackups() {
        return olderBackups;
    }

    /** Deletes the backups in {@link #olderBackups()} (recorded in the audit trail). */
    public void deleteOlderBackups() {
        List<AutomaticBackup> older = List.copyOf(olderBackups);
        olderBackups.clear();
        run(() -> backups.deleteAutomaticBackups(older), n -> { },
                messages.format("admin.accounts.olderBackups.deleted", older.size()));
    }

    /** Keeps them: the administrator answered no. */
    public void keepOlderBackups() {
        olderBackups.clear();
    }

    private void warnDropped(java.util.List<String> dropped) {
        if (!dropped.isEmpty()) {
            problem.set(messages.format("admin.accounts.slotsDropped", String.join(", ", dropped)));
        }
    }

    private <T> void run(org.maracdesk.ui.common.BackgroundWork<T> work, java.util.function.Consumer<T> then,
                         String doneText) {
        busy.set(true);
        problem.set("");
        executor.execute(work, result -> {
            busy.set(false);
            if (doneText != null) {
                status.set(doneText);
            }
            then.accept(result);
        }, failure -> {
            busy.set(false);
            if (failure instanceof IllegalArgumentException) {
                problem.set(messages.format("admin.accounts.refused", failure.getMessage()));
            } else {
                errors.report(failure);
            }
        });
    }

    private static void wipe(char[] a, char[] b) {
        Secrets.wipe(a);
        Secrets.wipe(b);
    }

    public ObservableList<AccountRow> rows() {
        return rows;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
