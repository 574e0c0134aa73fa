package org.maracdesk.ui.setup;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.maracdesk.security.PassphrasePolicy;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.SecretFields;

/** Binds the first-run form to its view model. */
public final class SetupView {
    private final SetupViewModel viewModel;
    private final Messages messages;
    private final Runnable connectToServer;

    @FXML private TextField displayNameField;
    @FXML private TextField usernameField;
    @FXML private Label usernameHint;
    @FXML private PasswordField passphraseField;
    @FXML private ProgressBar strengthBar;
    @FXML private Label passphraseHint;
    @FXML private PasswordField confirmField;
    @FXML private Label confirmHint;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator progress;
    @FXML private Button createButton;
    @FXML private Button serverButton;
    @FXML private Label locationLabel;

    public SetupView(SetupViewModel viewModel, Messages messages) {
        this(viewModel, messages, null);
    }

    /** @param connectToServer shows "Connect to a shared server"; null hides its button */
    public SetupView(SetupViewModel viewModel, Messages messages, Runnable connectToServer) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.connectToServer = connectToServer;
    }

    @FXML
    private void initialize() {
        serverButton.setVisible(connectToServer != null);
        serverButton.setManaged(connectToServer != null);
        serverButton.disableProperty().bind(viewModel.busyProperty());
        displayNameField.textProperty().bindBidirectional(viewModel.displayNameProperty());
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        usernameField.textProperty().addListener((o, a, b) -> usernameHint.setText(viewModel.usernameProblem()));
        passphraseField.textProperty().addListener((o, a, b) -> passphraseChanged());
        confirmField.textProperty().addListener((o, a, b) -> passphraseChanged());
        passphraseHint.textProperty().bind(viewModel.passphraseHintProperty());
        confirmHint.textProperty().bind(viewModel.confirmationHintProperty());
        strengthBar.progressProperty().bind(viewModel.strengthProperty().map(SetupView::strengthFraction));
        strengthBar.accessibleTextProperty().bind(viewModel.passphraseHintProperty());
        errorLabel.textProperty().bind(viewModel.errorMessageProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        createButton.disableProperty().bind(viewModel.canCreateProperty().not());
        displayNameField.disableProperty().bind(viewModel.busyProperty());
        usernameField.disableProperty().bind(viewModel.busyProperty());
        passphraseField.disableProperty().bind(viewModel.busyProperty());
        confirmField.disableProperty().bind(viewModel.busyProperty());
        locationLabel.setText(messages.format("setup.location", viewModel.vaultLocation()));
        Platform.runLater(displayNameField::requestFocus);
    }

    private void passphraseChanged() {
        viewModel.passphraseChanged(passphraseField.getCharacters(), confirmField.getCharacters());
    }

    private static double strengthFraction(PassphrasePolicy.Strength s) {
        return (s.ordinal()) / (double) (PassphrasePolicy.Strength.values().length - 1);
    }

    @FXML
    private void create() {
        if (!viewModel.canCreateProperty().get()) {
            return;
        }
        char[] confirmation = SecretFields.take(confirmField);
        viewModel.create(SecretFields.take(passphraseField), confirmation);
    }

    @FXML
    private void connectToServer() {
        if (connectToServer != null) {
            connectToServer.run();
        }
    }
}
