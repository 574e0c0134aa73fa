package org.maracdesk.ui.admin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.ActionDetails;
import org.maracdesk.casework.actions.ActionTypeService;
import org.maracdesk.casework.actions.ActionTypeView;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * Administration, Action types (issue 16): the MARAC's list of action types, and adding, renaming, changing the
 * details of, retiring or re-activating one. The service checks the permission (coordinator) and audits.
 */
public final class ActionTypesViewModel {
    private final ActionTypeService service;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<ActionTypeView> types = FXCollections.observableArrayList();
    private final ObjectProperty<ActionTypeView> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ActionDetails> details = new SimpleObjectProperty<>(ActionDetails.NONE);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty message = new SimpleStringProperty("");

    public ActionTypesViewModel(ActionTypeService service, TaskExecutor executor, ErrorHandler errors,
                                Messages messages) {
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        selected.addListener((o, was, t) -> {
            if (t != null) {
                name.set(t.name());
                details.set(t.details());
                active.set(t.active());
            }
        });
    }

    public void load() {
        executor.execute(service::types, types::setAll, errors::report);
    }

    /** Adds a type named as typed, with the chosen details; says what is wrong instead. */
    public void add() {
        String typed = name.get();
        ActionDetails d = details.get();
        executor.execute(() -> service.add(typed, d), added -> {
            message.set(messages.format("admin.types.added", added.name()));
            name.set("");
            load();
        }, this::refused);
    }

    /** Saves the chosen type's name, details and whether it is in use. */
    public void save() {
        ActionTypeView t = selected.get();
        if (t == null) {
            message.set(messages.get("admin.types.chooseFirst"));
            return;
        }
        String typed = name.get();
        ActionDetails d = details.get();
        boolean on = active.get();
        executor.execute(() -> service.change(t.code(), typed, d, on), changed -> {
            message.set(messages.format("admin.types.saved", changed.name()));
            load();
        }, this::refused);
    }

    private void refused(Throwable e) {
        if (e instanceof IllegalArgumentException) {
            message.set(messages.format("admin.types.refused", e.getMessage()));
        } else if (e instanceof org.maracdesk.security.NotPermittedException) {
            message.set(messages.get("admin.types.notPermitted"));
        } else {
            errors.report(e);
        }
    }

    /** One line of the list: name, the details it records, and "retired" when no longer offered. */
    public String line(ActionTypeView t) {
        String line = messages.format("admin.types.line", t.name(), detailsName(t.details()));
        return t.active() ? line : messages.format("admin.types.retiredLine", line);
    }

    public String detailsName(ActionDetails d) {
        return switch (d) {
            case NONE -> messages.get("admin.types.details.none");
            case SCHOOL_AND_DATE -> messages.get("admin.types.details.school");
            case ORDER_AND_DATE -> messages.get("admin.types.details.order");
            case DATE -> messages.get("admin.types.details.date");
        };
    }

    public ObservableList<ActionTypeView> types() {
        return types;
    }

    public ObjectProperty<ActionTypeView> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ActionDetails> detailsProperty() {
        return details;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
