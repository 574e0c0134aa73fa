package org.maracdesk.ui.caseview;

import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.casework.people.DuplicatePair;
import org.maracdesk.casework.people.MergeComparison;
import org.maracdesk.casework.people.MergeRequest;
import org.maracdesk.casework.people.PersonMergeService;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.ui.common.LostRace;
import org.maracdesk.ui.common.LostRaceChoice;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * Merge from the case (coordinator): the possible duplicate pairs that hold a person named on the case, the
 * chosen one compared side by side, then merged as chosen (PersonMergeService, decision 0040); all of it in the background.
 */
public final class CaseMergeViewModel {
    private final PersonMergeService merges;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final StringProperty outcome = new SimpleStringProperty("");
    private final LostRaceChoice race = new LostRaceChoice();

    public CaseMergeViewModel(PersonMergeService merges, TaskExecutor executor, ErrorHandler errors, Messages messages) {
        this.merges = merges;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    /**
     * Every flagged pair with one of {@code people} in it, in the review list's order; an empty list says so in
     * {@link #outcomeProperty()}.
     */
    public void pairsWith(List<Long> people, Consumer<List<DuplicatePair>> then) {
        outcome.set("");
        executor.execute(() -> merges.duplicates().pairs().stream()
                .filter(p -> people.contains(p.firstId()) || people.contains(p.secondId())).toList(), found -> {
                    if (found.isEmpty()) {
                        outcome.set(messages.get("hub.merge.none"));
                    }
                    then.accept(found);
                }, errors::report);
    }

    /** The two records of a pair side by side, read in the background. */
    public void compare(DuplicatePair pair, Consumer<MergeComparison> then) {
        executor.execute(() -> merges.compare(pair.firstId(), pair.secondId()), then::accept, errors::report);
    }

    /**
     * Merges as chosen, says what moved, then runs {@code after} (the case is read again). When the merge lost the
     * race to another desk (decision 0051), Reload (the case read again, the merge dropped) or Re-apply is offered:
     * Re-apply compares the two again at their newest and hands {@code reopen} that comparison with the user's
     * request, to show the merge with their choices and reason put back; nothing is merged until they confirm.
     */
    public void merge(MergeRequest request, Runnable after, BiConsumer<MergeComparison, MergeRequest> reopen) {
        race.clear();
        executor.execute(() -> merges.merge(request), r -> {
            outcome.set(messages.format("people.duplicates.merged", request.mergedId(), request.keptId(), r.cases(),
                    r.referrals(), r.carried()));
            after.run();
        }, failure -> {
            if (failure instanceof ConcurrentChangeException) {
                outcome.set("");
                race.offer(LostRace.explain(messages, failure, "lostrace.record.person", "people.duplicates.lost",
                        ZoneId.systemDefault()), after, () -> executor.execute(
                                () -> merges.compare(request.keptId(), request.mergedId()),
                                newest -> reopen.accept(newest, request), errors::report));
            } else if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
                outcome.set(messages.format("hub.merge.refused", failure.getMessage()));
            } else {
                errors.report(failure);
            }
        });
    }

    /** Reload or Re-apply, offered after a merge from the case lost the race. */
    public LostRaceChoice race() {
        return race;
    }

    /** What the last merge did or why there was nothing to merge ("" before any). */
    public StringProperty outcomeProperty() {
        return outcome;
    }
}
