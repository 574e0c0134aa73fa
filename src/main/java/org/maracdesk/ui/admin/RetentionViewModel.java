package org.maracdesk.ui.admin;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.retention.DestructionEntry;
import org.maracdesk.casework.retention.RecordType;
import org.maracdesk.casework.retention.RetentionDue;
import org.maracdesk.casework.retention.RetentionService;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** The Retention tab: periods, what is due, purging (then compacting) and the destruction log. */
public final class RetentionViewModel {
    /** One period as the table shows it. */
    public record Period(RecordType type, int months) {
    }

    private final RetentionService retention;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private final ObservableList<RetentionDue> due = FXCollections.observableArrayList();
    private final ObservableList<DestructionEntry> log = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public RetentionViewModel(RetentionService retention, TaskExecutor executor, ErrorHandler errors,
                              Messages messages) {
        this.retention = retention;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    private record Snapshot(Map<RecordType, Integer> periods, java.util.List<RetentionDue> due,
                            java.util.List<DestructionEntry> log) {
    }

    public void load() {
        busy.set(true);
        executor.execute(() -> new Snapshot(retention.periods(), retention.review(), retention.destructionLog()), s -> {
            busy.set(false);
            periods.setAll(s.periods().entrySet().stream().map(e -> new Period(e.getKey(), e.getValue())).toList());
            due.setAll(s.due());
            log.setAll(s.log());
            if (status.get().isEmpty()) {
                status.set(messages.format("admin.retention.dueCount", s.due().size()));
            }
        }, this::failed);
    }

    public void setPeriod(RecordType type, int months) {
        if (type == null || months < 1 || months > RetentionService.MAX_MONTHS) {
            status.set(messages.format("admin.retention.periodRange", RetentionService.MAX_MONTHS));
            return;
        }
        busy.set(true);
        executor.execute(() -> {
            retention.setPeriod(type, months);
            return null;
        }, done -> {
            status.set(messages.format("admin.retention.periodSaved", typeName(type), months));
            load();
        }, this::failed);
    }

    /** Purges, then compacts the vault file so the removed values are gone from it too. */
    public void purge(RetentionDue item) {
        busy.set(true);
        status.set(messages.get("admin.retention.purging"));
        executor.execute(() -> {
            int removed = retention.purge(item.caseReference(), item.type());
            retention.compact();
            return removed;
        }, removed -> {
            status.set(messages.format("admin.retention.purged", removed, typeName(item.type()),
                    item.caseReference()));
            load();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof IllegalArgumentException) {
            status.set(messages.format("admin.accounts.refused", failure.getMessage()));
        } else {
            errors.report(failure);
        }
    }

    public String typeName(RecordType type) {
        return messages.get("admin.retention.type." + type.name().toLowerCase(java.util.Locale.ROOT));
    }

    public ObservableList<Period> periods() {
        return periods;
    }

    public ObservableList<RetentionDue> due() {
        return due;
    }

    public ObservableList<DestructionEntry> log() {
        return log;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
