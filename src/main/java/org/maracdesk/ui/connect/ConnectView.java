package org.maracdesk.ui.connect;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.SecretFields;
import org.maracdesk.ui.common.Shake;

/** Binds the connect form; the connection file is typed or picked with a file chooser. */
public final class ConnectView {
    private final ConnectViewModel viewModel;
    private final Messages messages;
    private final Runnable useLocal;

    @FXML private TextField fileField;
    @FXML private Button chooseButton;
    @FXML private TextField usernameField;
    @FXML private PasswordField passphraseField;
    @FXML private Label errorLabel;
    @FXML private Label busyLabel;
    @FXML private ProgressIndicator progress;
    @FXML private Button connectButton;
    @FXML private Button localButton;

    /** @param useLocal forgets the server and shows the local vault's unlock or set-up screen */
    public ConnectView(ConnectViewModel viewModel, Messages messages, Runnable useLocal) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.useLocal = useLocal;
    }

    @FXML
    private void initialize() {
        fileField.textProperty().bindBidirectional(viewModel.connectionFileProperty());
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        errorLabel.textProperty().bind(viewModel.errorMessageProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        busyLabel.textProperty().bind(viewModel.busyProperty().map(b -> b ? messages.get("connect.busy") : ""));
        busyLabel.managedProperty().bind(viewModel.busyProperty());
        errorLabel.managedProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        connectButton.disableProperty().bind(viewModel.canConnectProperty().not());
        for (javafx.scene.Node n : new javafx.scene.Node[] {fileField, chooseButton, usernameField, passphraseField,
            localButton}) {
            n.disableProperty().bind(viewModel.busyProperty());
        }
        viewModel.failedAttemptsProperty().addListener((o, a, b) -> {
            Shake.play(passphraseField);
            passphraseField.requestFocus();
        });
        Platform.runLater(() -> firstEmpty().requestFocus());
    }

    private javafx.scene.Node firstEmpty() {
        if (fileField.getText().isBlank()) {
            return chooseButton;
        }
        return usernameField.getText().isBlank() ? usernameField : passphraseField;
    }

    @FXML
    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("connect.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("connect.choose.filter"), "*.properties"),
                new FileChooser.ExtensionFilter(messages.get("connect.choose.all"), "*"));
        folderOfCurrent().ifPresent(chooser::setInitialDirectory);
        File picked = chooser.showOpenDialog(fileField.getScene().getWindow());
        if (picked != null) {
            fileField.setText(picked.getAbsolutePath());
            (usernameField.getText().isBlank() ? usernameField : passphraseField).requestFocus();
        }
    }

    private java.util.Optional<File> folderOfCurrent() {
        try {
            Path parent = Path.of(fileField.getText().strip()).toAbsolutePath().getParent();
            return parent != null && Files.isDirectory(parent) ? java.util.Optional.of(parent.toFile())
                    : java.util.Optional.empty();
        } catch (InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    @FXML
    private void connect() {
        if (!viewModel.canConnectProperty().get()) {
            return;
        }
        viewModel.connect(SecretFields.take(passphraseField));
    }

    @FXML
    private void useLocal() {
        SecretFields.clear(passphraseField);
        useLocal.run();
    }
}
