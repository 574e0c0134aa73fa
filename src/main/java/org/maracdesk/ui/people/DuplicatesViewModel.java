package org.maracdesk.ui.people;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.people.DuplicateList;
import org.maracdesk.casework.people.DuplicatePair;
import org.maracdesk.casework.people.MergeComparison;
import org.maracdesk.casework.people.MergeRequest;
import org.maracdesk.casework.people.PersonMergeService;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The review list of possible duplicate people (coordinator): the pairs, loaded in the background; a pair
 * compared side by side, merged, or recorded as two different people. Expected refusals are said in the
 * status line; anything else goes to the one error handler.
 */
public final class DuplicatesViewModel {
    private final PersonMergeService merges;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<DuplicatePair> pairs = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final org.maracdesk.ui.common.LostRaceChoice race = new org.maracdesk.ui.common.LostRaceChoice();

    public DuplicatesViewModel(PersonMergeService merges, TaskExecutor executor, ErrorHandler errors,
                               Messages messages) {
        this.merges = merges;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    /** Reads the list (audited as one read). */
    public void load() {
        reload(null);
    }

    /** Reads the list again; {@code said}, when given, replaces the count in the status line. */
    private void reload(String said) {
        race.clear();
        busy.set(true);
        executor.execute(merges::duplicates, list -> {
            show(list);
            if (said != null) {
                status.set(said);
            }
        }, this::failed);
    }

    private void show(DuplicateList list) {
        busy.set(false);
        pairs.setAll(list.pairs());
        if (list.withheld() > 0) {
            status.set(messages.format("people.duplicates.withheld", list.pairs().size(), list.withheld()));
        } else {
            status.set(list.pairs().isEmpty() ? messages.get("people.duplicates.empty")
                    : messages.format("people.duplicates.count", list.pairs().size()));
        }
    }

    /** Reads the two records side by side (audited), then hands them to {@code then}. */
    public void compare(DuplicatePair pair, Consumer<MergeComparison> then) {
        if (pair == null) {
            return;
        }
        busy.set(true);
        executor.execute(() -> merges.compare(pair.firstId(), pair.secondId()), c -> {
            busy.set(false);
            then.accept(c);
        }, this::failed);
    }

    /**
     * Merges as chosen; the list is read again and the status says what moved. When the merge lost the race to
     * another desk, Reload or Re-apply is offered (decision 0051): Re-apply compares the two again at their newest
     * and hands {@code reopen} that comparison with the user's request, to show the merge with their choices and
     * reason put back; nothing is merged until they confirm it again.
     */
    public void merge(MergeRequest request, java.util.function.BiConsumer<MergeComparison, MergeRequest> reopen) {
        busy.set(true);
        executor.execute(() -> merges.merge(request), r -> reload(messages.format("people.duplicates.merged",
                request.mergedId(), request.keptId(), r.cases(), r.referrals(), r.carried())), e -> {
                    if (e instanceof ConcurrentChangeException) {
                        busy.set(false);
                        status.set("");
                        race.offer(org.maracdesk.ui.common.LostRace.explain(messages, e, "lostrace.record.person",
                                "people.duplicates.lost", java.time.ZoneId.systemDefault()), () -> reload(null),
                                () -> compareAgain(request, reopen));
                    } else {
                        failed(e);
                    }
                });
    }

    private void compareAgain(MergeRequest request, java.util.function.BiConsumer<MergeComparison, MergeRequest> reopen) {
        busy.set(true);
        executor.execute(() -> merges.compare(request.keptId(), request.mergedId()), c -> {
            busy.set(false);
            reopen.accept(c, request);
        }, this::failed);
    }

    /** Reload or Re-apply, offered after a merge lost the race. */
    public org.maracdesk.ui.common.LostRaceChoice race() {
        return race;
    }

    /** Records that the pair are different people; they leave the list. */
    public void different(DuplicatePair pair, String reason) {
        busy.set(true);
        executor.execute(() -> merges.notDuplicates(pair.firstId(), pair.secondId(), reason), n -> reload(
                messages.format("people.duplicates.dismissed", pair.firstId(), pair.secondId())), this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof NotPermittedException) {
            status.set(messages.get("people.duplicates.notPermitted"));
        } else if (e instanceof ConcurrentChangeException || e instanceof IllegalStateException) {
            reload(org.maracdesk.ui.common.LostRace.explain(messages, e, "lostrace.record.people",
                    "people.duplicates.conflict", java.time.ZoneId.systemDefault()));
        } else if (e instanceof IllegalArgumentException) {
            status.set(messages.get("people.duplicates.refused"));
        } else {
            errors.report(e);
        }
    }

    public ObservableList<DuplicatePair> pairs() {
        return pairs;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
