package org.maracdesk.ui.caseview;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.intake.DuplicateEntryException;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.casework.intake.MustNotReceiveItem;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The coordinator's editor of a case's must-not-receive list on the case screen: add an agency
 * or a named person with the reason (what they already held is withdrawn), remove one with the
 * reason. Work runs in the background; the outcome is said in one line.
 */
public final class SharingListViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private final MustNotReceiveService service;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<MustNotReceiveItem> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Agency> agency = new SimpleObjectProperty<>();
    private final StringProperty person = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String caseReference;

    public SharingListViewModel(MustNotReceiveService service, TaskExecutor executor, ErrorHandler errors,
                                Messages messages) {
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    public void load(String reference) {
        this.caseReference = reference;
        busy.set(true);
        executor.execute(() -> service.list(reference), list -> {
            busy.set(false);
            entries.setAll(list);
        }, this::failed);
    }

    /** Adds the entry typed; says what is missing instead when it is incomplete. */
    public void add() {
        String name = person.get() == null ? "" : person.get().strip();
        String why = reason.get() == null ? "" : reason.get().strip();
        if (agency.get() == null && name.isEmpty()) {
            problem.set(messages.get("referral.mnr.needWho"));
            return;
        }
        if (why.isEmpty()) {
            problem.set(messages.get("referral.mnr.needReason"));
            return;
        }
        problem.set("");
        busy.set(true);
        MustNotReceiveEntry entry = new MustNotReceiveEntry(agency.get(), name.isEmpty() ? null : name, why);
        executor.execute(() -> service.add(caseReference, entry), added -> {
            agency.set(null);
            person.set("");
            reason.set("");
            outcome.set(addedText(added));
            load(caseReference);
        }, this::failed);
    }

    /** Takes an entry off the list; the reason is required. */
    public void remove(MustNotReceiveItem item, String why) {
        if (why == null || why.isBlank()) {
            problem.set(messages.get("caseview.mnr.needRemovalReason"));
            return;
        }
        problem.set("");
        busy.set(true);
        executor.execute(() -> {
            service.remove(caseReference, item.id(), why.strip());
            return null;
        }, done -> {
            outcome.set(messages.format("caseview.mnr.removed", who(item)));
            load(caseReference);
        }, this::failed);
    }

    private String addedText(MustNotReceiveService.Added added) {
        StringBuilder text = new StringBuilder(messages.format("caseview.mnr.added", added.withdrawnRequests(),
                added.withdrawnProposals()));
        for (MustNotReceiveService.PriorExport e : added.sentBefore()) {
            text.append(' ').append(messages.format("caseview.mnr.sentBefore", e.recipient(),
                    DAY.format(e.exportedAt().atZone(java.time.ZoneId.systemDefault())), e.exportedBy()));
        }
        return text.toString();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof DuplicateEntryException) {
            problem.set(messages.get("referral.mnr.duplicate"));
        } else if (failure instanceof IllegalArgumentException) {
            problem.set(messages.get("caseview.mnr.refused"));
        } else {
            errors.report(failure);
        }
    }

    /** The agency's name, or the person's. */
    public String who(MustNotReceiveItem item) {
        return item.agency() != null ? agencyName(item.agency()) : item.personName();
    }

    /** One line per entry, with when it was added and, for a removed one, when and why it went. */
    public String line(MustNotReceiveItem item) {
        String added = messages.format("caseview.mnr.line", who(item), item.reason(), DAY.format(item.addedOn()));
        if (item.current()) {
            return added;
        }
        return added + " " + messages.format("caseview.mnr.removedLine",
                DAY.format(item.removedAt().atZone(java.time.ZoneId.systemDefault())), item.removedBy(),
                item.removalReason());
    }

    public String agencyName(Agency a) {
        if (a == null) {
            return messages.get("referral.none");
        }
        String[] parts = a.code().split("-");
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return messages.get("referral.agency." + key);
    }

    public List<Agency> agencies() {
        List<Agency> out = new java.util.ArrayList<>();
        out.add(null);
        out.addAll(List.of(Agency.values()));
        return out;
    }

    public ObservableList<MustNotReceiveItem> entries() {
        return entries;
    }

    public ObjectProperty<Agency> agencyProperty() {
        return agency;
    }

    public StringProperty personProperty() {
        return person;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
