package org.maracdesk.ui.admin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.casework.settings.SignOffRule;
import org.maracdesk.casework.settings.SignOffRuleService;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The state of the sign-off switch (issue 16, decision 0060): the rule in force in words, the box, the reason, what
 * the last save did, and the save itself, which adds a version through {@link SignOffRuleService} (audited, with a
 * change-history line, as {@code settings sign-off} does) off the FX thread. Its own version number, apart from the
 * other settings.
 */
final class SignOffViewModel {
    private final SignOffRuleService service;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final BooleanProperty required = new SimpleBooleanProperty();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private SignOffRule shown = SignOffRule.NOT_REQUIRED;

    SignOffViewModel(SignOffRuleService service, TaskExecutor executor, ErrorHandler errors, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    void load() {
        busy.set(true);
        executor.execute(service::current, this::show, this::failed);
    }

    private void show(SignOffRule rule) {
        shown = rule;
        required.set(rule.required());
        current.set(describe(rule));
        busy.set(false);
    }

    /** "Required since version 2 (coordinator, 3 Nov 2026 10:00): steering group decision", or "Not required". */
    String describe(SignOffRule r) {
        String state = messages.get(r.required() ? "admin.signoff.isRequired" : "admin.signoff.notRequired");
        return r.version() == 0 ? messages.format("admin.signoff.never", state)
                : messages.format("admin.signoff.current", state, r.version(), r.changedBy(),
                LocalSettingsViewModel.TIME.format(r.changedAt()), r.reason());
    }

    void save() {
        if (required.get() == shown.required()) {
            status.set(messages.get("admin.signoff.nothing"));
            return;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            status.set(messages.get("admin.signoff.needReason"));
            return;
        }
        int basedOn = shown.version();
        boolean want = required.get();
        String why = reason.get();
        busy.set(true);
        executor.execute(() -> service.change(basedOn, want, why), saved -> {
            reason.set("");
            show(saved);
            status.set(messages.format("admin.signoff.saved", saved.version()));
        }, e -> {
            busy.set(false);
            if (e instanceof IllegalArgumentException bad) {
                status.set(messages.format("admin.signoff.refused", bad.getMessage()));
            } else if (e instanceof ConcurrentChangeException) {
                status.set(messages.get("admin.signoff.conflict"));
                load();
            } else {
                failed(e);
            }
        });
    }

    private void failed(Throwable e) {
        busy.set(false);
        errors.report(e);
    }

    BooleanProperty requiredProperty() {
        return required;
    }

    StringProperty reasonProperty() {
        return reason;
    }

    StringProperty statusProperty() {
        return status;
    }

    StringProperty currentProperty() {
        return current;
    }

    BooleanProperty busyProperty() {
        return busy;
    }
}
