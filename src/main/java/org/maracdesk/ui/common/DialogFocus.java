package org.maracdesk.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Puts the keyboard in a dialog's first field once the dialog is on screen. Asking the node for focus
 * before the dialog shows sets the scene's focus owner, but the keys still go to the window that had
 * them until the platform moves window focus; when a dialog is opened from a key press that move can
 * be lost, and a keyboard user then types into the screen behind. So once the dialog is on screen the
 * node asks for focus and, if the platform has not moved window focus yet, the dialog's window asks too.
 */
public final class DialogFocus {
    private DialogFocus() {
    }

    /** Call before {@code showAndWait()}: {@code first} has the keyboard when the dialog opens. */
    public static void startOn(Dialog<?> dialog, Node first) {
        dialog.setOnShown(e -> Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            if (!window.isShowing()) {
                return;
            }
            first.requestFocus();
            if (!window.isFocused()) {
                window.requestFocus();
            }
        }));
    }
}
