package org.maracdesk.ui.caseview;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.ui.common.BackgroundWork;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The small view-model of one case hub section: its rows, read in the background, and a plain message when
 * the account may not see them. A refusal is shown in the section, not as an error.
 */
public final class CaseSectionViewModel<T> {
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private long generation;

    public CaseSectionViewModel(TaskExecutor executor, ErrorHandler errors, Messages messages) {
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    /** Reads the rows again; an answer to an older read that comes in late is dropped. */
    public void load(BackgroundWork<List<T>> read) {
        long mine = ++generation;
        problem.set("");
        loaded.set(false);
        executor.execute(read, found -> {
            if (mine == generation) {
                rows.setAll(found);
                loaded.set(true);
            }
        }, failure -> {
            if (mine != generation) {
                return;
            }
            rows.clear();
            loaded.set(true);
            if (failure instanceof NotPermittedException) {
                problem.set(messages.get("hub.notPermitted"));
            } else {
                errors.report(failure);
            }
        });
    }

    public ObservableList<T> rows() {
        return rows;
    }

    /** Why the rows are not shown ("" when they are). */
    public StringProperty problemProperty() {
        return problem;
    }

    /** True once the last read answered. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
