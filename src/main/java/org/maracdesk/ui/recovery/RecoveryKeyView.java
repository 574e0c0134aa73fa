package org.maracdesk.ui.recovery;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

/** Binds the recovery-key screen. */
public final class RecoveryKeyView {
    private final RecoveryKeyViewModel viewModel;
    @FXML private Label keyLabel;
    @FXML private CheckBox writtenDownBox;
    @FXML private Button continueButton;

    public RecoveryKeyView(RecoveryKeyViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        keyLabel.setText(viewModel.keyText());
        writtenDownBox.selectedProperty().bindBidirectional(viewModel.writtenDownProperty());
        continueButton.disableProperty().bind(viewModel.writtenDownProperty().not());
        Platform.runLater(writtenDownBox::requestFocus);
    }

    @FXML
    private void continueToApp() {
        keyLabel.setText("");
        viewModel.continueToApp();
    }
}
