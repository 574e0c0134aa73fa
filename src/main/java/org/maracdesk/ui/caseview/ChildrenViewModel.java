package org.maracdesk.ui.caseview;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.ChildPlanStatus;
import org.maracdesk.casework.children.ChildLine;
import org.maracdesk.casework.children.ChildRecordService;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** The case screen's children as records of their own (decision 0047): read off the FX thread, saved by the coordinator. */
public final class ChildrenViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private final ChildRecordService children;
    private final boolean mayEdit;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<ChildLine> lines = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private long caseId;

    /** @param mayEdit the account records children's details (coordinator); the service checks again */
    public ChildrenViewModel(ChildRecordService children, boolean mayEdit, TaskExecutor executor, ErrorHandler errors,
                             Messages messages) {
        this.children = children;
        this.mayEdit = mayEdit;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    public boolean mayEdit() {
        return mayEdit;
    }

    /** Reads the case's children with their records. */
    public void load(long caseId) {
        this.caseId = caseId;
        executor.execute(() -> children.children(caseId), lines::setAll, this::failed);
    }

    /** Saves the child's record as the dialog left it, then reads the children again. */
    public void save(ChildLine after, String reason) {
        message.set("");
        executor.execute(() -> children.save(after, reason), saved -> {
            message.set(messages.format("children.saved", saved.name()));
            load(caseId);
        }, this::failed);
    }

    private void failed(Throwable e) {
        if (e instanceof NotPermittedException) {
            message.set(messages.get("children.notPermitted"));
        } else if (e instanceof IllegalStateException) {
            message.set(messages.get("children.conflict"));
            load(caseId);
        } else if (e instanceof IllegalArgumentException) {
            message.set(messages.get("children.refused"));
        } else {
            errors.report(e);
        }
    }

    public ObservableList<ChildLine> lines() {
        return lines;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** "Name, born dd/mm/yyyy" (or without the date). */
    public String title(ChildLine c) {
        return c.dateOfBirth() == null ? c.name() : messages.format("children.born", c.name(), DAY.format(c.dateOfBirth()));
    }

    /** The record as one readable line: school, social worker, plan, Operation Encompass. */
    public String details(ChildLine c) {
        String none = messages.get("children.notRecorded");
        String worker = c.socialWorkerName() == null ? none : c.socialWorkerName()
                + (c.socialWorkerAgency() == null ? "" : ", " + c.socialWorkerAgency())
                + (c.socialWorkerContact() == null ? "" : ", " + c.socialWorkerContact());
        String encompass = c.encompassNotifiedOn() == null ? messages.get("children.encompass.not")
                : messages.format("children.encompass.told", DAY.format(c.encompassNotifiedOn()), c.encompassNotifiedBy());
        return messages.format("children.details", c.school() == null ? none : c.school(), worker, plan(c.plan()),
                encompass);
    }

    /** The plan status as shown. */
    public String plan(ChildPlanStatus p) {
        return messages.get(switch (p) {
            case NONE -> "children.plan.none";
            case CHILD_IN_NEED -> "children.plan.child.in.need";
            case CHILD_PROTECTION -> "children.plan.child.protection";
            case LOOKED_AFTER -> "children.plan.looked.after";
            case EARLY_HELP -> "children.plan.early.help";
            case NOT_KNOWN -> "children.plan.not.known";
        });
    }
}
