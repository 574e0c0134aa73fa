package org.maracdesk.ui.search;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.search.PersonHit;
import org.maracdesk.casework.search.PersonSearchService;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * "Is this person known?" (Ctrl+F): runs the search in the background and turns each hit into one
 * line (case, part, name, date of birth, why it matched); opening a hit opens its case, which is
 * audited like any case opened.
 */
public final class FindPersonViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private final PersonSearchService search;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final LongConsumer openCase;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<PersonHit> hits = FXCollections.observableArrayList();

    public FindPersonViewModel(PersonSearchService search, TaskExecutor executor, ErrorHandler errors,
                               Messages messages, LongConsumer openCase) {
        this.search = search;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.openCase = openCase;
        status.set(messages.get("find.hint"));
    }

    public void find() {
        String typed = text.get() == null ? "" : text.get();
        if (typed.isBlank()) {
            hits.clear();
            status.set(messages.get("find.hint"));
            return;
        }
        busy.set(true);
        executor.execute(() -> search.find(typed), found -> {
            busy.set(false);
            hits.setAll(found);
            status.set(found.isEmpty() ? messages.get("find.none") : messages.format("find.count", found.size()));
        }, failure -> {
            busy.set(false);
            errors.report(failure);
        });
    }

    public void open(PersonHit hit) {
        if (hit != null) {
            openCase.accept(hit.caseId());
        }
    }

    /** One line for the list: the case, the part, the name and date of birth, and why. */
    public String line(PersonHit h) {
        String born = h.dateOfBirth() == null ? messages.get("find.noDob") : DATE.format(h.dateOfBirth());
        return messages.format("find.line", h.caseReference(),
                messages.get("find.role." + h.role().name().toLowerCase(Locale.ROOT)), h.name(), born,
                String.join("; ", h.why()));
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<PersonHit> hits() {
        return hits;
    }
}
