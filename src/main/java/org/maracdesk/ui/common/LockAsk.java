package org.maracdesk.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Locking by hand while work waits for the shared server (decision 0058): the user is asked first, with how many
 * changes wait, "Wait" (the default, and Escape) or "Lock and discard". Nothing waiting: it locks at once.
 */
public final class LockAsk {
    private LockAsk() {
    }

    /** {@code lock}, asking first while {@code link} holds waiting work. */
    public static Runnable askingFirst(ServerLink link, Messages messages, Supplier<Window> owner, Runnable lock) {
        return () -> {
            int waiting = link.waitingProperty().get();
            if (waiting == 0 || discard(messages, owner.get(), waiting)) {
                lock.run();
            }
        };
    }

    private static boolean discard(Messages messages, Window owner, int waiting) {
        ButtonType wait = new ButtonType(messages.get("lockAsk.wait"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType discard = new ButtonType(messages.get("lockAsk.discard"), ButtonBar.ButtonData.OTHER);
        Alert ask = new Alert(Alert.AlertType.WARNING, messages.format("lockAsk.text", waiting), wait, discard);
        ask.initOwner(owner);
        ask.setTitle(messages.get("lockAsk.title"));
        ask.setHeaderText(messages.format("lockAsk.header", waiting));
        ((Button) ask.getDialogPane().lookupButton(wait)).setDefaultButton(true);
        ((Button) ask.getDialogPane().lookupButton(wait)).setId("lockAskWait");
        ((Button) ask.getDialogPane().lookupButton(discard)).setId("lockAskDiscard");
        return ask.showAndWait().filter(discard::equals).isPresent();
    }
}
