package org.maracdesk.ui.account;

import java.nio.CharBuffer;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.security.PassphrasePolicy;
import org.maracdesk.common.Secrets;
import org.maracdesk.security.SessionManager;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * "Change my passphrase" from the window (decision 0053): the current passphrase, the new one and the new one again,
 * checked with the rules `vault passwd` uses ({@link PassphrasePolicy}), then changed in the background through
 * {@link SessionManager#changePassphrase} (the vault's key slot, or on a shared server the login's password), which
 * checks the current passphrase and writes the audit entry. The session goes on. Every array is wiped on every path.
 */
public final class OwnPassphraseViewModel {
    private final SessionManager sessions;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public OwnPassphraseViewModel(SessionManager sessions, TaskExecutor executor, ErrorHandler errors,
                                  Messages messages) {
        this.sessions = sessions;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    /**
     * Changes the passphrase when the two new ones agree and are acceptable; {@code changed} runs once it is done.
     * Otherwise {@link #problemProperty()} says what is wrong and how to put it right, and nothing changes.
     */
    public void change(char[] current, char[] next, char[] again, Runnable changed) {
        String wrong = current.length == 0 ? messages.get("passphrase.change.currentMissing") : problem(next, again);
        Secrets.wipe(again);
        if (wrong != null) {
            Secrets.wipe(current);
            Secrets.wipe(next);
            problem.set(wrong);
            return;
        }
        problem.set("");
        busy.set(true);
        // Not parked while the server is down (decision 0058): the passphrases are wiped when this attempt ends,
        // and the user is told at once to try again later.
        executor.execute(org.maracdesk.ui.common.ServerLink.neverWaits(() -> {
            try {
                sessions.changePassphrase(current, next);
                return Boolean.TRUE;
            } finally {
                Secrets.wipe(current);
                Secrets.wipe(next);
            }
        }), done -> {
            busy.set(false);
            changed.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof WrongCredentialsException) {
                problem.set(messages.get("passphrase.change.wrongCurrent"));
            } else if (org.maracdesk.ui.common.ServerLink.isConnectionLoss(failure)) {
                problem.set(messages.get("passphrase.change.noServer"));
            } else if (failure instanceof IllegalArgumentException) {
                problem.set(messages.format("admin.accounts.passphraseLength", PassphrasePolicy.MIN_LENGTH,
                        PassphrasePolicy.MAX_LENGTH));
            } else {
                problem.set(messages.get("passphrase.change.failed"));
                errors.report(failure);
            }
        });
    }

    /** The same words as the administrator's screens for an unacceptable or mistyped new passphrase; else null. */
    private String problem(char[] next, char[] again) {
        PassphrasePolicy.Problem p = PassphrasePolicy.problem(CharBuffer.wrap(next));
        if (p == PassphrasePolicy.Problem.TOO_COMMON) {
            return messages.get("admin.passphrase.tooCommon");
        }
        if (p != null) {
            return messages.format("admin.accounts.passphraseLength", PassphrasePolicy.MIN_LENGTH,
                    PassphrasePolicy.MAX_LENGTH);
        }
        return Arrays.equals(next, again) ? null : messages.get("admin.accounts.passphraseMismatch");
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
