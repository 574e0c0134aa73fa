package org.maracdesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.VaultFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows an unexpected failure in plain words with an error code and "Copy details". Never a
 * stack trace, never case data: the details are exception types, codes and our own frame.
 */
public final class ErrorDialog implements ErrorHandler {
    private final Messages messages;
    private final java.util.function.Supplier<Window> owner;
    private final String version;
    private final java.time.Clock clock;

    public ErrorDialog(Messages messages, java.util.function.Supplier<Window> owner, String version,
                       java.time.Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.owner = owner;
        this.version = version;
    }

    @Override
    public void report(Throwable failure) {
        String code = SafeErrors.code(failure);
        String details = "MARAC Desk " + version + "\n" + clock.instant() + "\n" + code + "\n"
                + SafeErrors.describe(failure) + "\nat " + SafeErrors.origin(failure);
        log().error("Unexpected failure {}: {} at {}", code, SafeErrors.describe(failure), SafeErrors.origin(failure));
        Alert alert = new Alert(Alert.AlertType.ERROR);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.header"));
        alert.setContentText(plainWords(failure) + "\n\n" + messages.format("error.code", code));
        ButtonType copy = new ButtonType(messages.get("error.copyDetails"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(messages.get("error.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(copy, close);
        alert.getDialogPane().setPrefWidth(520);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.showAndWait().filter(copy::equals).ifPresent(b -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private String plainWords(Throwable failure) {
        // Our own store exceptions carry messages written for users, with no case data.
        if (failure instanceof StoreUnavailableException || failure instanceof VaultFormatException) {
            return failure.getMessage();
        }
        return messages.get("error.unexpected");
    }

    /** Asked for only when something is logged: not on the window's path to its first frame (issue 18). */
    private static Logger log() {
        return LoggerFactory.getLogger(ErrorDialog.class);
    }
}
