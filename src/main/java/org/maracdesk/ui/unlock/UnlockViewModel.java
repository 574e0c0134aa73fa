package org.maracdesk.ui.unlock;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.SessionManager;
import org.maracdesk.security.UnlockThrottle;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.VaultFormatException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * Every later start, and after a lock: username and passphrase, with a growing wait after failures. At
 * start the form is shown before the services graph is built (issue 18, decision 0055): an unlock
 * asked for before then waits, busy, for the graph, and goes on once it is there.
 */
public final class UnlockViewModel {
    private final CompletableFuture<SessionManager> sessions;
    private final Path vaultDir;
    private final UnlockThrottle throttle;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final Consumer<AccountInfo> onUnlocked;

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerProperty failedAttempts = new SimpleIntegerProperty();
    private final IntegerProperty waitSeconds = new SimpleIntegerProperty();
    private final BooleanProperty usernameOffered = new SimpleBooleanProperty();
    private final BooleanBinding canUnlock;

    public UnlockViewModel(SessionManager sessions, UnlockThrottle throttle, TaskExecutor executor,
                           ErrorHandler errors, Messages messages, Consumer<AccountInfo> onUnlocked) {
        this(CompletableFuture.completedFuture(sessions), sessions.vaultDir(), throttle, executor, errors, messages,
                onUnlocked);
    }

    /**
     * @param sessions completes once the services graph is built and {@code throttle} has resumed the
     *                 vault's earlier failed attempts
     * @param vaultDir the vault folder, shown on the form
     */
    public UnlockViewModel(CompletableFuture<SessionManager> sessions, Path vaultDir, UnlockThrottle throttle,
                           TaskExecutor executor, ErrorHandler errors, Messages messages,
                           Consumer<AccountInfo> onUnlocked) {
        this.sessions = sessions;
        this.vaultDir = vaultDir;
        this.throttle = throttle;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.onUnlocked = onUnlocked;
        this.canUnlock = Bindings.createBooleanBinding(
                () -> !username.get().isBlank() && !busy.get() && waitSeconds.get() == 0, username, busy, waitSeconds);
        refreshWait();
    }

    /** Takes ownership of {@code passphrase} and wipes it. */
    public void unlock(char[] passphrase) {
        refreshWait();
        if (!canUnlock.get() || passphrase.length == 0) {
            Secrets.wipe(passphrase);
            return;
        }
        busy.set(true);
        errorMessage.set("");
        if (!sessions.isDone() || sessions.isCompletedExceptionally()) {
            // The graph is still being built: wait for it off the FX thread, then try again with the
            // wait the vault's earlier failures ask for (the throttle has them by then).
            executor.execute(sessions::join, ready -> {
                busy.set(false);
                unlock(passphrase);
            }, failure -> {
                Secrets.wipe(passphrase);
                failed(failure);
            });
            return;
        }
        String user = username.get();
        executor.execute(() -> sessions.join().unlock(user, passphrase),
                account -> {
                    busy.set(false);
                    throttle.recordSuccess();
                    refreshWait();
                    onUnlocked.accept(account);
                },
                this::failed);
    }

    private void failed(Throwable thrown) {
        Throwable failure = thrown instanceof CompletionException && thrown.getCause() != null
                ? thrown.getCause() : thrown;
        busy.set(false);
        if (failure instanceof WrongCredentialsException) {
            throttle.recordFailure();
            refreshWait();
            errorMessage.set(messages.get("unlock.wrong"));
            failedAttempts.set(failedAttempts.get() + 1);
        } else if (failure instanceof VaultFormatException || failure instanceof StoreUnavailableException) {
            errorMessage.set(failure.getMessage());
        } else {
            errors.report(failure);
        }
    }

    /** Recomputes the wait; the view calls this every second while a wait is running. */
    public void refreshWait() {
        long millis = throttle.remainingWait().toMillis();
        waitSeconds.set((int) ((millis + 999) / 1000));
    }

    /**
     * A username found after the form was shown (the vault's only account, read with the graph): taken
     * only while the field is still empty, so nothing the user typed is replaced.
     */
    public void offerUsername(String name) {
        if (name != null && username.get().isBlank()) {
            username.set(name);
            usernameOffered.set(true);
        }
    }

    /** True once {@link #offerUsername} filled the username in. */
    public BooleanProperty usernameOfferedProperty() {
        return usernameOffered;
    }

    public String waitText() {
        return waitSeconds.get() == 0 ? "" : messages.format("unlock.wait", waitSeconds.get());
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public IntegerProperty failedAttemptsProperty() {
        return failedAttempts;
    }

    public IntegerProperty waitSecondsProperty() {
        return waitSeconds;
    }

    public BooleanBinding canUnlockProperty() {
        return canUnlock;
    }

    public String vaultLocation() {
        return vaultDir.toAbsolutePath().toString();
    }
}
