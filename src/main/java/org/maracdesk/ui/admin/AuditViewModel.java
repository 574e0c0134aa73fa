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

    private final BooleanProperty hasPrevious = new SimpleBooleanProperty();
    private final BooleanProperty hasNext = new SimpleBooleanProperty();
    private final int pageSize;
    private int offset;

    /** Entries on one page. */
    public static final int PAGE = 500;

    public AuditViewModel(AuditTrail trail, BackgroundWork<AuditReport> verify, boolean canVerify,
                          TaskExecutor executor, ErrorHandler errors, Messages messages) {
        this(trail, verify, canVerify, executor, errors, messages, PAGE);
    }

    /** As the public constructor, with smaller pages (tests). */
    AuditViewModel(AuditTrail trail, BackgroundWork<AuditReport> verify, boolean canVerify,
                   TaskExecutor executor, ErrorHandler errors, Messages messages, int pageSize) {
        this.pageSize = pageSize;
        this.trail = trail;
        this.verify = verify;
        this.canVerify = canVerify;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    /** The first page of the entries that match the filters. */
    public void search() {
        offset = 0;
        read();
    }

    /** The next (older) page, when there is one. */
    public void nextPage() {
        if (hasNext.get()) {
            offset += pageSize;
            read();
        }
    }

    /** The previous (newer) page, when there is one. */
    public void previousPage() {
        if (hasPrevious.get()) {
            offset = Math.max(0, offset - pageSize);
            read();
        }
    }

    private void read() {
        AuditQuery query = new AuditQuery(user.get(), action.get(), caseReference.get());
        int from = offset;
        busy.set(true);
        executor.execute(() -> trail.page(query, from, pageSize), page -> {
            busy.set(false);
            rows.setAll(page.lines());
            hasPrevious.set(page.offset() > 0);
            hasNext.set(page.offset() + page.lines().size() < page.total());
            status.set(page.offset() == 0 && page.lines().size() >= page.total()
                    ? messages.format("admin.audit.count", page.total())
                    : messages.format("admin.audit.countPaged", page.lines().isEmpty() ? 0 : page.offset() + 1,
                    page.offset() + page.lines().size(), page.total()));
        }, this::failed);
    }

    /** True when there are newer entries than the page shown. */
    public BooleanProperty hasPreviousProperty() {
        return hasPrevious;
    }

    /** True when there are older entries than the page shown. */
    public BooleanProperty hasNextProperty() {
        return hasNext;
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
