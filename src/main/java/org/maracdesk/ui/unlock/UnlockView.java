package org.maracdesk.ui.unlock;

import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.SecretFields;
import org.maracdesk.ui.common.Shake;

/**
 * The unlock form; shakes the passphrase field on a wrong attempt. Built in code rather than from
 * FXML: it is the first thing a start shows, and the FXML loader (with its reflection and the classes it
 * pulls in) cost that first frame more than the form itself (issue 18, decision 0055).
 */
public final class UnlockView {
    private final UnlockViewModel viewModel;
    private final Messages messages;
    private final Runnable connectToServer;
    private final Timeline waitTicker;

    private final TextField usernameField = new TextField();
    private final PasswordField passphraseField = new PasswordField();
    private final Label errorLabel = new Label();
    private final Label waitLabel = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button unlockButton = new Button();
    private final Button serverButton = new Button();
    private final Label locationLabel = new Label();

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

    /** Builds the form (what UnlockView.fxml held) and binds it to the view model. */
    public Parent root() {
        Label brand = styled(new Label(messages.get("app.name")), "brand");
        Label title = styled(new Label(messages.get("unlock.title")), "title");
        GridPane form = styled(new GridPane(), "form");
        form.setHgap(12);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        usernameField.setId("usernameField");
        passphraseField.setId("passphraseField");
        form.add(fieldLabel("unlock.username", usernameField), 0, 0);
        form.add(usernameField, 1, 0);
        form.add(fieldLabel("unlock.passphrase", passphraseField), 0, 1);
        form.add(passphraseField, 1, 1);
        errorLabel.setId("errorLabel");
        styled(errorLabel, "error-text").setWrapText(true);
        errorLabel.setAccessibleRole(AccessibleRole.TEXT);
        waitLabel.setId("waitLabel");
        styled(waitLabel, "muted").setWrapText(true);
        serverButton.setId("serverButton");
        serverButton.setText(messages.get("connect.open"));
        serverButton.setMnemonicParsing(true);
        serverButton.setOnAction(e -> connectToServer());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        progress.setId("progress");
        progress.setPrefSize(24, 24);
        progress.setVisible(false);
        progress.setAccessibleText(messages.get("unlock.busy"));
        unlockButton.setId("unlockButton");
        unlockButton.setText(messages.get("unlock.button"));
        unlockButton.setDefaultButton(true);
        unlockButton.setMnemonicParsing(true);
        unlockButton.setOnAction(e -> unlock());
        HBox buttons = new HBox(12, serverButton, gap, progress, unlockButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        locationLabel.setId("locationLabel");
        styled(locationLabel, "muted").getStyleClass().add("small");
        locationLabel.setWrapText(true);
        VBox card = styled(new VBox(12, brand, title, form, errorLabel, waitLabel, buttons, locationLabel), "card");
        card.setMaxWidth(460);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setAccessibleRole(AccessibleRole.DIALOG);
        card.setAccessibleText(messages.get("unlock.title"));
        StackPane backdrop = styled(new StackPane(card), "welcome-backdrop");
        bind();
        return backdrop;
    }

    private Label fieldLabel(String key, javafx.scene.control.Control field) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private static <T extends javafx.scene.Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private void bind() {
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
        viewModel.waitSecondsProperty().addListener((o, a, b) -> {
            waitLabel.setText(viewModel.waitText());
            if (b.intValue() > 0) {
                waitTicker.play();
            }
        });
        // The first unlock after an update backs the vault up and upgrades it: minutes on a large vault.
        PauseTransition slow = new PauseTransition(Duration.seconds(8));
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
        // A username read from the vault after the form was shown moves on to the passphrase.
        viewModel.usernameOfferedProperty().addListener((o, was, now) -> {
            if (now && usernameField.isFocused()) {
                passphraseField.requestFocus();
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

    private void unlock() {
        if (!viewModel.canUnlockProperty().get()) {
            return;
        }
        viewModel.unlock(SecretFields.take(passphraseField));
    }

    private void connectToServer() {
        if (connectToServer != null) {
            connectToServer.run();
        }
    }
}
