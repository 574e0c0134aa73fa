package org.maracdesk.ui.meetings;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.meetings.AgencyView;
import org.maracdesk.casework.meetings.MeetingSetupService;
import org.maracdesk.casework.meetings.SpeakingOrder;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.LostRace;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The speaking order in Set-up → Agencies (issue 16, decision 0061): the entries named first on every case, moved
 * up and down, added and removed here, then saved as one change. The order the screen was loaded with goes with
 * the save, so a change someone else saved meanwhile is never overwritten.
 */
public final class SpeakingOrderViewModel {
    private final MeetingSetupService setup;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<AgencyView> agencies;
    private final Function<String, String> typeName;
    private final ObservableList<String> entries = FXCollections.observableArrayList();
    private final ObservableList<String> addable = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private List<String> loaded = List.of();

    public SpeakingOrderViewModel(MeetingSetupService setup, TaskExecutor executor, ErrorHandler errors,
                                  Messages messages, ObservableList<AgencyView> agencies,
                                  Function<String, String> typeName) {
        this.setup = setup;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.agencies = agencies;
        this.typeName = typeName;
        agencies.addListener((javafx.collections.ListChangeListener<AgencyView>) c -> refreshAddable());
    }

    /** Reads the stored order (in the background). */
    public void load() {
        executor.execute(setup::speakingOrder, order -> {
            loaded = List.copyOf(order);
            entries.setAll(order);
            refreshAddable();
        }, errors::report);
    }

    /** Moves the entry at {@code index} one place up (-1) or down (+1); the selection follows it. */
    public void move(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= entries.size() || to < 0 || to >= entries.size()) {
            status.set(messages.get(index < 0 ? "speaking.chooseEntry" : "speaking.cannotMove"));
            return;
        }
        String e = entries.remove(index);
        entries.add(to, e);
        selected.set(to);
        status.set(messages.format("speaking.moved", name(e), to + 1));
    }

    public void remove(int index) {
        if (index < 0 || index >= entries.size()) {
            status.set(messages.get("speaking.chooseEntry"));
            return;
        }
        String e = entries.remove(index);
        selected.set(Math.min(index, entries.size() - 1));
        refreshAddable();
        status.set(messages.format("speaking.removed", name(e)));
    }

    /** Adds an entry at the end of the order (it speaks after those already named). */
    public void add(String entry) {
        if (entry == null) {
            status.set(messages.get("speaking.chooseToAdd"));
            return;
        }
        if (!entries.contains(entry)) {
            entries.add(entry);
            selected.set(entries.size() - 1);
        }
        refreshAddable();
        status.set(messages.format("speaking.added", name(entry), entries.size()));
    }

    /** Saves the order as it stands; a change saved meanwhile by someone else is reloaded and said. */
    public void save() {
        List<String> basedOn = loaded;
        List<String> order = new ArrayList<>(entries);
        executor.execute(() -> {
            setup.saveSpeakingOrder(basedOn, order);
            return setup.speakingOrder();
        }, now -> {
            loaded = List.copyOf(now);
            entries.setAll(now);
            refreshAddable();
            status.set(messages.get(now.isEmpty() ? "speaking.savedEmpty" : "speaking.saved"));
        }, failure -> {
            if (failure instanceof ConcurrentChangeException) {
                status.set(LostRace.explain(messages, failure, "lostrace.record.speaking", "speaking.stale",
                        ZoneId.systemDefault()));
                load();
            } else {
                errors.report(failure);
            }
        });
    }

    /** True when the list on screen differs from the stored order. */
    public boolean changed() {
        return !loaded.equals(entries);
    }

    /** How an entry reads: the referring agency, or the agency's local name. */
    public String name(String entry) {
        if (SpeakingOrder.REFERRER.equals(entry)) {
            return messages.get("speaking.referrer");
        }
        return agencies.stream().filter(a -> a.code().equals(entry)).map(AgencyView::name).findFirst()
                .orElseGet(() -> typeName.apply(entry));
    }

    /** One line of the list: place and name. */
    public String line(int index) {
        return messages.format("speaking.line", index + 1, name(entries.get(index)));
    }

    private void refreshAddable() {
        List<String> out = new ArrayList<>();
        if (!entries.contains(SpeakingOrder.REFERRER)) {
            out.add(SpeakingOrder.REFERRER);
        }
        agencies.stream().filter(AgencyView::active).map(AgencyView::code).filter(c -> !entries.contains(c))
                .forEach(out::add);
        addable.setAll(out);
    }

    public ObservableList<String> entries() {
        return entries;
    }

    /** What can still be added: the referring agency and each active agency not yet named. */
    public ObservableList<String> addable() {
        return addable;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
