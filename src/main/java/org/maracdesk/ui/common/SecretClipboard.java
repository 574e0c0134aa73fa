package org.maracdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;

/**
 * Puts a secret (an export passphrase) on the system clipboard for a short while: it is cleared
 * after 30 seconds, and at once when the vault locks, unless something else was copied since.
 * FX thread only. The clipboard is one per desktop, so this is the one place that touches it
 * for secrets.
 */
public final class SecretClipboard {
    public static final Duration KEEP = Duration.seconds(30);
    private static PauseTransition timer;
    private static int copiedHash;

    private SecretClipboard() {
    }

    public static void copy(String secret) {
        ClipboardContent content = new ClipboardContent();
        content.putString(secret);
        Clipboard.getSystemClipboard().setContent(content);
        copiedHash = secret.hashCode();
        if (timer != null) {
            timer.stop();
        }
        timer = new PauseTransition(KEEP);
        timer.setOnFinished(e -> clear());
        timer.play();
    }

    /** Empties the clipboard if it still holds what was copied here. */
    public static void clear() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString() && clipboard.getString().hashCode() == copiedHash) {
            clipboard.clear();
        }
        copiedHash = 0;
    }
}
