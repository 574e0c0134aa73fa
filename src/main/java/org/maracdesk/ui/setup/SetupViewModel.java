package org.maracdesk.ui.setup;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.security.PassphrasePolicy;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.Usernames;
import org.maracdesk.common.VaultFormatException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** First run: the vault and its first account. */
public final class SetupViewModel {
    private final SessionManager sessions;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final java.util.function.Consumer<SessionManager.NewVault> onCreated;

    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final ObjectProperty<PassphrasePolicy.Strength> strength =
            new SimpleObjectProperty<>(PassphrasePolicy.Strength.TOO_SHORT);
    private final BooleanProperty passphraseAcceptable = new SimpleBooleanProperty();
    private final BooleanProperty confirmationMatches = new SimpleBooleanProperty();
    private final StringProperty passphraseHint = new SimpleStringProperty("");
    private final StringProperty confirmationHint = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding usernameValid = Bindings.createBooleanBinding(
            () -> Usernames.isValid(username.get()), username);
    private final BooleanBinding canCreate;

    public SetupViewModel(SessionManager sessions, TaskExecutor executor, ErrorHandler errors, Messages messages,
                          java.util.function.Consumer<SessionManager.NewVault> onCreated) {
        this.sessions = sessions;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.onCreated = onCreated;
        this.canCreate = Bindings.createBooleanBinding(
                () -> !displayName.get().isBlank() && usernameValid.get() && passphraseAcceptable.get()
                        && confirmationMatches.get() && !busy.get(),
                displayName, usernameValid, passphraseAcceptable, confirmationMatches, busy);
        passphraseChanged("", "");
    }

    /** Called as the user types; reads the characters without keeping them. */
    public void passphraseChanged(CharSequence passphrase, CharSequence confirmation) {
        PassphrasePolicy.Problem problem = PassphrasePolicy.problem(passphrase);
        passphraseAcceptable.set(problem == null);
        strength.set(PassphrasePolicy.strength(passphrase));
        if (problem == PassphrasePolicy.Problem.TOO_LONG) {
            passphraseHint.set(messages.format("setup.passphrase.tooLong", PassphrasePolicy.MAX_LENGTH));
        } else if (problem == PassphrasePolicy.Problem.TOO_COMMON) {
            passphraseHint.set(messages.get("admin.passphrase.tooCommon"));
        } else if (problem == PassphrasePolicy.Problem.TOO_SHORT) {
            passphraseHint.set(messages.format("setup.passphrase.tooShort", PassphrasePolicy.MIN_LENGTH,
                    PassphrasePolicy.length(passphrase)));
        } else {
            passphraseHint.set(messages.get("setup.strength." + strength.get().name().toLowerCase(java.util.Locale.ROOT)));
        }
        boolean same = passphrase.length() > 0 && contentEquals(passphrase, confirmation);
        confirmationMatches.set(same);
        confirmationHint.set(confirmation.length() == 0 || same ? "" : messages.get("setup.confirm.mismatch"));
    }

    private static boolean contentEquals(CharSequence a, CharSequence b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            diff |= a.charAt(i) ^ b.charAt(i);
        }
        return diff == 0;
    }

    public String usernameProblem() {
        return username.get().isBlank() || usernameValid.get() ? "" : messages.get("setup.username.invalid");
    }

    /**
     * Takes ownership of both arrays and wipes them. Checks them itself: the fields they came
     * from have already been cleared, so the live hints no longer describe them.
     */
    public void create(char[] passphrase, char[] confirmation) {
        boolean acceptable = !busy.get() && !displayName.get().isBlank() && usernameValid.get()
                && PassphrasePolicy.problem(java.nio.CharBuffer.wrap(passphrase)) == null
                && contentEquals(java.nio.CharBuffer.wrap(passphrase), java.nio.CharBuffer.wrap(confirmation));
        Secrets.wipe(confirmation);
        if (!acceptable) {
            Secrets.wipe(passphrase);
            return;
        }
        busy.set(true);
        errorMessage.set("");
        String name = displayName.get();
        String user = username.get();
        executor.execute(() -> sessions.createVault(name, user, Role.COORDINATOR, passphrase),
                created -> {
                    busy.set(false);
                    onCreated.accept(created);
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof VaultFormatException || failure instanceof StoreUnavailableException) {
                        errorMessage.set(messages.format("setup.failed", failure.getMessage()));
                    } else {
                        errors.report(failure);
                    }
                });
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public ObjectProperty<PassphrasePolicy.Strength> strengthProperty() {
        return strength;
    }

    public StringProperty passphraseHintProperty() {
        return passphraseHint;
    }

    public StringProperty confirmationHintProperty() {
        return confirmationHint;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public BooleanBinding usernameValidProperty() {
        return usernameValid;
    }

    public String vaultLocation() {
        return sessions.vaultDir().toAbsolutePath().toString();
    }
}
