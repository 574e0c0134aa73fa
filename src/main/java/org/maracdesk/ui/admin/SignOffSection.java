package org.maracdesk.ui.admin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.settings.SignOffRule;
import org.maracdesk.casework.settings.SignOffRuleService;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * "Manager's sign-off required" on the This MARAC tab (issue 16, decision 0060): the rule in force with who set it
 * and when, a switch, the reason and a save that adds a version through {@link SignOffRuleService} (audited, with a
 * change-history line, as {@code settings sign-off} does). Its own version number, apart from the other settings.
 */
final class SignOffSection {
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

    SignOffSection(SignOffRuleService service, TaskExecutor executor, ErrorHandler errors, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    Node build() {
        Label title = new Label(messages.get("admin.signoff.title"));
        title.getStyleClass().add("section-title");
        Label now = new Label();
        now.setWrapText(true);
        now.textProperty().bind(current);
        CheckBox box = new CheckBox(messages.get("admin.signoff.required"));
        box.setId("signOffBox");
        box.setMnemonicParsing(true);
        box.selectedProperty().bindBidirectional(required);
        box.setAccessibleText(messages.get("admin.signoff.required").replace("_", ""));
        Label hint = new Label(messages.get("admin.signoff.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label reasonLabel = new Label(messages.get("admin.signoff.reason"));
        reasonLabel.setMnemonicParsing(true);
        TextField reasonField = new TextField();
        reasonField.setId("signOffReasonField");
        reasonField.setPromptText(messages.get("admin.settings.reason.prompt"));
        reasonField.textProperty().bindBidirectional(reason);
        reasonLabel.setLabelFor(reasonField);
        HBox.setHgrow(reasonField, Priority.ALWAYS);
        HBox reasonRow = new HBox(10, reasonLabel, reasonField);
        reasonRow.setAlignment(Pos.CENTER_LEFT);
        Button save = new Button(messages.get("admin.signoff.save"));
        save.setId("signOffSaveButton");
        save.setMnemonicParsing(true);
        save.setOnAction(e -> save());
        save.disableProperty().bind(busy);
        Label statusLabel = new Label();
        statusLabel.setId("signOffStatus");
        statusLabel.setWrapText(true);
        statusLabel.textProperty().bind(status);
        HBox saveRow = new HBox(10, save, statusLabel);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        load();
        return new VBox(8, title, now, box, hint, reasonRow, saveRow);
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
}
