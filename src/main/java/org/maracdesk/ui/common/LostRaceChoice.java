package org.maracdesk.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a screen offers after a save lost the race (decision 0051): the {@link LostRace} message and two ways on,
 * "Reload" (take the other desk's version, drop mine) and "Re-apply my change" (take their version and put what I
 * typed back on top of it, for me to check and save again). Until one is chosen the screen keeps what was typed
 * and saves nothing; nothing is ever written over the other desk's change without the user saving again.
 * The view side is {@link LostRaceBar}.
 */
public final class LostRaceChoice {
    private static final Runnable NOTHING = () -> { };
    private final BooleanProperty offered = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private Runnable reload = NOTHING;
    private Runnable reapply = NOTHING;

    /** Shows {@code said} with the two choices; {@code reload} and {@code reapply} run on the screen's thread. */
    public void offer(String said, Runnable onReload, Runnable onReapply) {
        this.reload = onReload;
        this.reapply = onReapply;
        message.set(said);
        offered.set(true);
    }

    /** Drops my change and shows the other desk's version. */
    public void reload() {
        Runnable chosen = reload;
        clear();
        chosen.run();
    }

    /** Shows the other desk's version with my change put back on top, not saved. */
    public void reapply() {
        Runnable chosen = reapply;
        clear();
        chosen.run();
    }

    /** Nothing on offer any more (a choice was made, or the screen moved on). */
    public void clear() {
        reload = NOTHING;
        reapply = NOTHING;
        offered.set(false);
        message.set("");
    }

    public ReadOnlyBooleanProperty offeredProperty() {
        return offered;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
