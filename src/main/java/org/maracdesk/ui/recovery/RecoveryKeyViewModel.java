package org.maracdesk.ui.recovery;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.maracdesk.common.Secrets;

/** Shows a new vault's recovery key once; continuing wipes it. */
public final class RecoveryKeyViewModel {
    private final char[] recoveryKey;
    private final Runnable onContinue;
    private final BooleanProperty writtenDown = new SimpleBooleanProperty();

    public RecoveryKeyViewModel(char[] recoveryKey, Runnable onContinue) {
        this.recoveryKey = recoveryKey;
        this.onContinue = onContinue;
    }

    /** The key as text for the label; a String is unavoidable to display it, and it is shown only here. */
    public String keyText() {
        return new String(recoveryKey);
    }

    public BooleanProperty writtenDownProperty() {
        return writtenDown;
    }

    public void continueToApp() {
        if (!writtenDown.get()) {
            return;
        }
        Secrets.wipe(recoveryKey);
        onContinue.run();
    }
}
