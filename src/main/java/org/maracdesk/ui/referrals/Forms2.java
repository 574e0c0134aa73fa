package org.maracdesk.ui.referrals;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Keyboard behaviour the form needs from standard controls. */
final class Forms2 {
    private Forms2() {
    }

    /** Tab leaves a text area (Ctrl+Tab inserts a tab), so the form can be walked with Tab alone. */
    static void tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                        false));
            }
        });
    }
}
