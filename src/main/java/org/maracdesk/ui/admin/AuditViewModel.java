package org.maracdesk.ui.admin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLine;
import org.maracdesk.security.AuditQuery;
import org.maracdesk.security.AuditReport;
import org.maracdesk.security.AuditTrail;
import org.maracdesk.ui.common.BackgroundWork;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** The Audit tab: check the chain now, and browse entries newest first with three filters. */
public final class AuditViewModel {
    private final AuditTrail trail;
    private final BackgroundWork<AuditReport> verify;
    private final boolean canVerify;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<AuditLine> rows = FXCollections.observableArrayList();
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty caseReference = new SimpleStringProperty("");
    private final StringProperty verifyResult = new SimpleStringProperty("");
    private final BooleanProperty broken = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public AuditViewModel(AuditTrail trail, BackgroundWork<AuditReport> verify, boolean canVerify,
                          TaskExecutor executor, ErrorHandler errors, Messages messages) {
        this.trail = trail;
        this.verify = verify;
        this.canVerify = canVerify;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    public void search() {
        AuditQuery query = new AuditQuery(user.get(), action.get(), caseReference.get());
        busy.set(true);
        executor.execute(() -> trail.search(query), found -> {
            busy.set(false);
            rows.setAll(found);
            status.set(found.size() >= AuditTrail.LIMIT
                    ? messages.format("admin.audit.countLimited", AuditTrail.LIMIT)
                    : messages.format("admin.audit.count", found.size()));
        }, this::failed);
    }

    /** Who has seen this case: the case filter set, the action set to case views. */
    public void whoSaw(String reference) {
        user.set("");
        action.set(AuditAction.CASE_VIEWED);
        caseReference.set(reference);
        search();
    }

    public void clearFilters() {
        user.set("");
        action.set(null);
        caseReference.set("");
        search();
    }

    public void verifyNow() {
        busy.set(true);
        verifyResult.set(messages.get("admin.audit.verifying"));
        executor.execute(verify, report -> {
            busy.set(false);
            broken.set(!report.intact());
            verifyResult.set(report.intact()
                    ? messages.format("admin.audit.intact", report.entries(), report.headSeq(), report.shortMac())
                    : messages.format("admin.audit.broken", report.firstBadSeq(), report.problem()));
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        errors.report(failure);
    }

    public String actionName(AuditAction a) {
        if (a == null) {
            return messages.get("admin.audit.allActions");
        }
        String key = "admin.audit.action." + a.name().toLowerCase(java.util.Locale.ROOT);
        return messages.bundle().containsKey(key) ? messages.get(key) : a.name();
    }

    public String what(AuditLine line) {
        if (line.entityType() == null) {
            return "";
        }
        return line.entityId() == null ? line.entityType() : line.entityType() + " " + line.entityId();
    }

    public boolean canVerify() {
        return canVerify;
    }

    public ObservableList<AuditLine> rows() {
        return rows;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty caseReferenceProperty() {
        return caseReference;
    }

    public StringProperty verifyResultProperty() {
        return verifyResult;
    }

    public BooleanProperty brokenProperty() {
        return broken;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
