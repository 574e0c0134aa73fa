package org.maracdesk.ui.connect;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.ServerTlsException;
import org.maracdesk.common.ServerUnreachableException;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.VaultFormatException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.ServerAccess;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * "Connect to a shared server" (decision 0038): the connection file the administrator handed out, the
 * account's username and passphrase. Signing in derives the login password on this machine and opens the
 * store as the account's own login role ({@link ServerAccess#signIn}), in the background; the file is then
 * remembered for the next start. Every failure is said in plain words from the bundle: no file, a file
 * that is not set up, an unreachable server, a TLS problem by kind, a wrong username or passphrase.
 */
public final class ConnectViewModel {
    private final ServerAccess server;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final Consumer<Path> remember;
    private final BiConsumer<Path, AccountInfo> onConnected;

    private final StringProperty connectionFile = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerProperty failedAttempts = new SimpleIntegerProperty();
    private final BooleanBinding canConnect;

    /**
     * @param remember    called in the background once signed in, with the connection file to open at the next start
     * @param onConnected called on the FX thread once signed in, with the file and the account
     */
    public ConnectViewModel(ServerAccess server, TaskExecutor executor, ErrorHandler errors, Messages messages,
                            Consumer<Path> remember, BiConsumer<Path, AccountInfo> onConnected) {
        this.server = server;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.remember = remember;
        this.onConnected = onConnected;
        this.canConnect = Bindings.createBooleanBinding(() -> !connectionFile.get().isBlank()
                && !username.get().isBlank() && !busy.get(), connectionFile, username, busy);
    }

    /** Takes ownership of {@code passphrase} and wipes it. */
    public void connect(char[] passphrase) {
        if (!canConnect.get() || passphrase.length == 0) {
            Secrets.wipe(passphrase);
            return;
        }
        Path file;
        try {
            file = Path.of(connectionFile.get().strip());
        } catch (InvalidPathException e) {
            Secrets.wipe(passphrase);
            errorMessage.set(messages.get("connect.noFile"));
            return;
        }
        busy.set(true);
        errorMessage.set("");
        String user = username.get().strip();
        executor.execute(() -> {
            if (!Files.isRegularFile(file)) {
                Secrets.wipe(passphrase);
                throw new NoConnectionFile();
            }
            AccountInfo account = server.signIn(file, user, passphrase);
            remember.accept(file);
            return account;
        }, account -> {
            busy.set(false);
            onConnected.accept(file, account);
        }, this::failed);
    }

    /** Thrown in the background when the chosen file is not there; said as {@code connect.noFile}. */
    private static final class NoConnectionFile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoConnectionFile() {
            super(null, null, false, false);
        }
    }

    private void failed(Throwable failure) {
        busy.set(false);
        String text = problem(failure);
        if (text == null) {
            errors.report(failure);
            return;
        }
        errorMessage.set(text);
        if (failure instanceof WrongCredentialsException) {
            failedAttempts.set(failedAttempts.get() + 1);
        }
    }

    /** The plain words for an expected failure; null for an unexpected one (the error dialog's). */
    String problem(Throwable failure) {
        if (failure instanceof NoConnectionFile) {
            return messages.get("connect.noFile");
        }
        if (failure instanceof WrongCredentialsException) {
            return messages.get("connect.wrong");
        }
        if (failure instanceof ServerTlsException tls) {
            return messages.get(switch (tls.kind()) {
                case REFUSED -> "connect.tls.refused";
                case UNVERIFIED -> "connect.tls.unverified";
                case WRONG_HOST -> "connect.tls.wrongHost";
            });
        }
        if (failure instanceof ServerUnreachableException) {
            return messages.get("connect.unreachable");
        }
        if (failure instanceof VaultFormatException) {
            return messages.format("connect.badFile", failure.getMessage());
        }
        if (failure instanceof StoreUnavailableException) {
            return messages.format("connect.refused", failure.getMessage());
        }
        return null;
    }

    public StringProperty connectionFileProperty() {
        return connectionFile;
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

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }
}
