package org.maracdesk.ui.caseview;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.PersonCorrectionService;
import org.maracdesk.casework.PersonDetailsLine;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** The case screen's corrections: a person's details put right (coordinator), and the case's change history. */
public final class PeopleViewModel {
    private final PersonCorrectionService people;
    private final boolean mayCorrect;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<ChangeHistory.CaseLine> changes = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    /** @param mayCorrect the account may correct people (coordinator); the service checks again */
    public PeopleViewModel(PersonCorrectionService people, boolean mayCorrect, TaskExecutor executor,
                           ErrorHandler errors, Messages messages) {
        this.people = people;
        this.mayCorrect = mayCorrect;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    public boolean mayCorrect() {
        return mayCorrect;
    }

    /** Reads the case's change history. */
    public void load(long caseId) {
        executor.execute(() -> people.caseChanges(caseId), changes::setAll, this::failed);
    }

    /** Reads the person as the dialog starts from (audited), then hands it on. */
    public void forEdit(long caseId, long personId, Consumer<PersonDetailsLine> then) {
        message.set("");
        executor.execute(() -> people.person(caseId, personId), then, this::failed);
    }

    /** Saves the correction; {@code reopen} shows the case again with the new details. */
    public void save(PersonDetailsLine after, String reason, Runnable reopen) {
        executor.execute(() -> people.correct(after, reason), saved -> {
            message.set(messages.format("caseview.person.saved", saved.givenName() + " " + saved.familyName()));
            reopen.run();
            load(after.caseId());
        }, e -> {
            if (e instanceof org.maracdesk.common.ConcurrentChangeException) {
                // Lost the race: say who saved the person meanwhile and when, and show the newest details.
                message.set(org.maracdesk.ui.common.LostRace.explain(messages, e, "lostrace.record.person",
                        "caseview.person.lost", java.time.ZoneId.systemDefault()));
                reopen.run();
                load(after.caseId());
            } else {
                failed(e);
            }
        });
    }

    private void failed(Throwable e) {
        if (e instanceof NotPermittedException) {
            message.set(messages.get("caseview.person.notPermitted"));
        } else if (e instanceof IllegalStateException) {
            message.set(messages.get("caseview.person.conflict"));
        } else if (e instanceof IllegalArgumentException) {
            message.set(messages.get("caseview.person.refused"));
        } else {
            errors.report(e);
        }
    }

    public ObservableList<ChangeHistory.CaseLine> changes() {
        return changes;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
