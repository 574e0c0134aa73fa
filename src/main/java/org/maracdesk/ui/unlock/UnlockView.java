package org.maracdesk.ui.unlock;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.SecretFields;
import org.maracdesk.ui.common.Shake;

/** Binds the unlock form; shakes the passphrase field on a wrong attempt. */
public final class UnlockView {
    private final UnlockViewModel viewModel;
    private final Messages messages;
    private final Runnable connectToServer;
    private final Timeline waitTicker;

    @FXML private TextField usernameField;
    @FXML private PasswordField passphraseField;
    @FXML private Label errorLabel;
    @FXML private Label waitLabel;
    @FXML private ProgressIndicator progress;
    @FXML private Button unlockButton;
    @FXML private Button serverButton;
    @FXML private Label locationLabel;

    public UnlockView(UnlockViewModel viewModel, Messages messages) {
        this(viewModel, messages, null);
    }

    /** @param connectToServer shows "Connect to a shared server"; null hides its button */
    public UnlockView(UnlockViewModel viewModel, Messages messages, Runnable connectToServer) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.connectToServer = connectToServer;
        this.waitTicker = new Timeline(new KeyFrame(Duration.millis(250), e -> tick()));
        waitTicker.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        serverButton.setVisible(connectToServer != null);
        serverButton.setManaged(connectToServer != null);
        serverButton.disableProperty().bind(viewModel.busyProperty());
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        errorLabel.textProperty().bind(viewModel.errorMessageProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        unlockButton.disableProperty().bind(viewModel.canUnlockProperty().not());
        usernameField.disableProperty().bind(viewModel.busyProperty());
        passphraseField.disableProperty().bind(viewModel.busyProperty());
        viewModel.failedAttemptsProperty().addListener((o, a, b) -> {
            Shake.play(passphraseField);
            passphraseField.requestFocus();
            waitTicker.play();
        });
        viewModel.waitSecondsProperty().addListener((o, a, b) -> waitLabel.setText(viewModel.waitText()));
        // The first unlock after an update backs the vault up and upgrades it: minutes on a large vault.
        javafx.animation.PauseTransition slow = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));
        slow.setOnFinished(e -> {
            if (viewModel.busyProperty().get()) {
                waitLabel.setText(messages.get("unlock.slow"));
            }
        });
        viewModel.busyProperty().addListener((o, was, now) -> {
            if (now) {
                slow.playFromStart();
            } else {
                slow.stop();
                waitLabel.setText(viewModel.waitText());
            }
        });
        locationLabel.setText(messages.format("unlock.location", viewModel.vaultLocation()));
        Platform.runLater(() -> (usernameField.getText().isBlank() ? usernameField : passphraseField).requestFocus());
    }

    private void tick() {
        viewModel.refreshWait();
        if (viewModel.waitSecondsProperty().get() == 0) {
            waitTicker.stop();
        }
    }

    @FXML
    private void unlock() {
        if (!viewModel.canUnlockProperty().get()) {
            return;
        }
        viewModel.unlock(SecretFields.take(passphraseField));
    }

    @FXML
    private void connectToServer() {
        if (connectToServer != null) {
            connectToServer.run();
        }
    }
}
