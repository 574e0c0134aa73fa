package org.maracdesk.ui.meetings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.actions.ActionTypeView;
import org.maracdesk.casework.meetings.ProposalDraft;
import org.maracdesk.casework.meetings.ProposalService;
import org.maracdesk.casework.meetings.ProposalView;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The actions an agency representative proposes for the case of the research request chosen on the research
 * screen (issue 16): the list of their own proposals, the one being changed (none: the form proposes a new
 * one), and what the last step did or what is wrong.
 */
public final class ProposalsViewModel {
    private final ProposalService service;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<ProposalView> proposals = FXCollections.observableArrayList();
    private final ObservableList<ActionTypeView> types = FXCollections.observableArrayList();
    private final ObjectProperty<ProposalView> editing = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private Long requestId;

    public ProposalsViewModel(ProposalService service, TaskExecutor executor, ErrorHandler errors, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    /** Loads the MARAC's action types once. */
    public void loadTypes() {
        executor.execute(service::actionTypes, types::setAll, errors::report);
    }

    /** Shows the proposals on the case of research request {@code id} (none when null). */
    public void show(Long id) {
        requestId = id;
        editing.set(null);
        message.set("");
        reload(null);
    }

    private void reload(String done) {
        Long id = requestId;
        if (id == null) {
            proposals.clear();
            return;
        }
        executor.execute(() -> service.mine(id), list -> {
            if (id.equals(requestId)) {
                proposals.setAll(list);
                if (done != null) {
                    message.set(messages.get(done));
                }
            }
        }, errors::report);
    }

    /** Starts changing an open proposal; says what to do when none is chosen. */
    public void edit(ProposalView p) {
        if (p == null || !p.open()) {
            message.set(messages.get("proposal.chooseFirst"));
            return;
        }
        editing.set(p);
        message.set(messages.get("proposal.editing"));
    }

    public void cancelEdit() {
        editing.set(null);
        message.set("");
    }

    /**
     * Proposes a new action, or saves the changes to the one being changed; says what is missing or wrong
     * instead. {@code draft} is null when the due date typed is not a date.
     */
    public boolean save(ProposalDraft draft, Runnable after) {
        if (draft == null) {
            message.set(messages.get("proposal.badDate"));
            return false;
        }
        if (draft.target() == null || draft.description() == null || draft.description().isBlank()) {
            message.set(messages.get("proposal.incomplete"));
            return false;
        }
        Long request = requestId;
        ProposalView changing = editing.get();
        if (request == null) {
            return false;
        }
        executor.execute(() -> {
            if (changing == null) {
                service.propose(request, draft);
            } else {
                service.change(changing.id(), draft);
            }
            return null;
        }, done -> {
            editing.set(null);
            reload(changing == null ? "proposal.proposed" : "proposal.changed");
            if (after != null) {
                after.run();
            }
        }, errors::report);
        return true;
    }

    /** Withdraws an open proposal of the agency's. */
    public void withdraw(ProposalView p) {
        if (p == null || !p.open()) {
            message.set(messages.get("proposal.chooseFirst"));
            return;
        }
        executor.execute(() -> {
            service.withdraw(p.id());
            return null;
        }, done -> {
            if (editing.get() != null && editing.get().id() == p.id()) {
                editing.set(null);
            }
            reload("proposal.withdrawn");
        }, errors::report);
    }

    public ObservableList<ProposalView> proposals() {
        return proposals;
    }

    public ObservableList<ActionTypeView> typeList() {
        return types;
    }

    public ObjectProperty<ProposalView> editingProperty() {
        return editing;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
