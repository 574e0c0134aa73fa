package org.maracdesk.ui.meetings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * Saves fields as they are typed, in the background. One save per field is in flight at a time;
 * text typed meanwhile is saved next (only the latest), so fast typing makes few writes and
 * nothing typed is lost. Called on the FX thread.
 */
final class LiveSaver {
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Map<String, String> pending = new HashMap<>();
    private final Map<String, Consumer<String>> work = new HashMap<>();
    private final Set<String> inFlight = new HashSet<>();
    private final Map<String, String> latest = new HashMap<>();
    private final ReadOnlyIntegerWrapper unsaved = new ReadOnlyIntegerWrapper();

    LiveSaver(TaskExecutor executor, ErrorHandler errors) {
        this.executor = executor;
        this.errors = errors;
    }

    void save(String key, String value, Consumer<String> save) {
        pending.put(key, value);
        latest.put(key, value);
        work.put(key, save);
        update();
        if (!inFlight.contains(key)) {
            flush(key);
        }
    }

    private void flush(String key) {
        if (!pending.containsKey(key)) {
            return;
        }
        String value = pending.remove(key);
        Consumer<String> save = work.get(key);
        inFlight.add(key);
        update();
        executor.execute(() -> {
            save.accept(value);
            return null;
        }, done -> {
            inFlight.remove(key);
            update();
            flush(key);
        }, failure -> {
            inFlight.remove(key);
            update();
            errors.report(failure);
        });
    }

    private void update() {
        Set<String> all = new HashSet<>(pending.keySet());
        all.addAll(inFlight);
        unsaved.set(all.size());
    }

    /** The last text typed for a field in this screen, so a redrawn field never shows older text. */
    java.util.Optional<String> latest(String key) {
        return java.util.Optional.ofNullable(latest.get(key));
    }

    /** How many fields have text not yet saved (0 means everything typed is stored). */
    ReadOnlyIntegerProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }
}
