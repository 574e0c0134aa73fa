package org.maracdesk.ui.actions;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.actions.ActionChange;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.actions.AgencyActionCount;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** Open actions (the user's agency, or all for a coordinator), open vs overdue by agency, and a status update. */
public final class ActionsViewModel {
    private final ActionTrackingService actions;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AgencyActionCount> counts = FXCollections.observableArrayList();
    private final ObjectProperty<ActionRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>(ActionStatus.DONE);
    private final ObjectProperty<LocalDate> completedOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ActionsViewModel(ActionTrackingService actions, TaskExecutor executor, ErrorHandler errors,
                            Messages messages) {
        this.actions = actions;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    public void load() {
        busy.set(true);
        executor.execute(() -> new Loaded(actions.openActions(null), actions.overdueByAgency()), loaded -> {
            rows.setAll(loaded.rows());
            counts.setAll(loaded.counts());
            long overdue = loaded.rows().stream().filter(a -> a.overdueOn(actions.today())).count();
            message.set(messages.format("actions.status.loaded", loaded.rows().size(), overdue));
            busy.set(false);
        }, e -> {
            busy.set(false);
            errors.report(e);
        });
    }

    private record Loaded(List<ActionRow> rows, List<AgencyActionCount> counts) {
    }

    public void save() {
        ActionRow row = selected.get();
        if (row == null) {
            message.set(messages.get("actions.update.chooseFirst"));
            return;
        }
        ActionChange change = new ActionChange(row.id(), row.version(), status.get(), completedOn.get(), note.get());
        busy.set(true);
        executor.execute(() -> actions.update(change), updated -> {
            busy.set(false);
            note.set("");
            message.set(messages.format("actions.update.saved", updated.caseReference()));
            load();
        }, e -> {
            busy.set(false);
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                message.set(e.getMessage());
            } else {
                errors.report(e);
            }
        });
    }

    public boolean isOverdue(ActionRow row) {
        return row.overdueOn(actions.today());
    }

    public ObservableList<ActionRow> rows() {
        return rows;
    }

    public ObservableList<AgencyActionCount> counts() {
        return counts;
    }

    public ObjectProperty<ActionRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ActionStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> completedOnProperty() {
        return completedOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
