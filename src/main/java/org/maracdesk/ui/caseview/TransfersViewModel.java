package org.maracdesk.ui.caseview;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.CaseTransfer.Direction;
import org.maracdesk.casework.transfers.CaseTransferService;
import org.maracdesk.casework.transfers.CaseTransferService.Entry;
import org.maracdesk.casework.transfers.CaseTransferService.Line;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.disclosure.ConsentRecord;
import org.maracdesk.casework.disclosure.Disclosure;
import org.maracdesk.casework.disclosure.LawfulBasis;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The transfers of one case between MARACs (issue 16, decision 0068): each with its steps and change history, the
 * transfer being brought up to date (none: the form records a new one), the MARAC's lawful bases for papers sent
 * out, and what the last step did or what is wrong. Everything is read and written off the FX thread.
 */
public final class TransfersViewModel {
    private final CaseTransferService service;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final long caseId;
    private final ObservableList<Shown> transfers = FXCollections.observableArrayList();
    private final ObservableList<LawfulBasis> bases = FXCollections.observableArrayList();
    private final ObjectProperty<Line> editing = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private boolean mayRecord;

    /** A transfer with its change history. */
    public record Shown(Line line, List<ChangeHistory.Line> history) {
    }

    /** What the form holds, as typed; dates as dd/mm/yyyy, {@code consent} null when not recorded. */
    public record Form(Direction direction, String otherArea, String movedOn, String papersOn, LawfulBasis basis,
                       ConsentRecord.Consent consent, String consentReason, String handoverOn, String handoverService,
                       String note) {
    }

    private record Loaded(List<Shown> transfers, List<LawfulBasis> bases, boolean mayRecord) {
    }

    public TransfersViewModel(CaseTransferService service, TaskExecutor executor, ErrorHandler errors,
                              Messages messages, long caseId) {
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.caseId = caseId;
    }

    /** Reads the transfers and the lawful bases; {@code after} runs once they are shown. */
    public void load(Runnable after) {
        executor.execute(() -> new Loaded(service.list(caseId).stream()
                .map(l -> new Shown(l, service.history(l.id()))).toList(), service.lawfulBases(), service.mayRecord()),
                loaded -> {
                    mayRecord = loaded.mayRecord();
                    bases.setAll(loaded.bases());
                    transfers.setAll(loaded.transfers());
                    if (after != null) {
                        after.run();
                    }
                }, errors::report);
    }

    /** Records a new transfer or saves the steps of the one being changed; says what is wrong instead. */
    public boolean save(Form form, Runnable after) {
        if (form.direction() == null || form.otherArea() == null || form.otherArea().isBlank()) {
            message.set(messages.get("transfer.incomplete"));
            return false;
        }
        LocalDate moved;
        LocalDate papers;
        LocalDate handover;
        try {
            moved = DateFields.parse(form.movedOn());
            papers = DateFields.parse(form.papersOn());
            handover = DateFields.parse(form.handoverOn());
        } catch (java.time.format.DateTimeParseException e) {
            message.set(messages.get("transfer.badDate"));
            return false;
        }
        Disclosure sent = null;
        if (form.direction() == Direction.OUT && papers != null) {
            try {
                sent = new Disclosure(form.basis() == null ? null : form.basis().code(), form.consent() == null ? null
                        : new ConsentRecord(form.consent(), form.consentReason()));
            } catch (IllegalArgumentException e) {
                message.set(messages.get("transfer.consentReason"));
                return false;
            }
        }
        Entry entry = new Entry(form.direction(), form.otherArea(), moved, papers, sent, handover,
                form.handoverService(), form.note());
        Line changing = editing.get();
        executor.execute(() -> {
            if (changing == null) {
                service.add(caseId, entry);
            } else {
                service.change(changing.id(), entry, null);
            }
            return null;
        }, done -> {
            editing.set(null);
            message.set(messages.get("transfer.saved"));
            load(after);
        }, errors::report);
        return true;
    }

    public void edit(Line line) {
        editing.set(line);
        message.set(messages.format("transfer.editing", line.otherArea()));
    }

    public void cancelEdit() {
        editing.set(null);
        message.set("");
    }

    /** Whether the account records transfers (the coordinator and the Idva; the service checks again). */
    public boolean mayRecord() {
        return mayRecord;
    }

    /** A date as the screen shows dates (dd/mm/yyyy); empty for none. */
    public static String shown(LocalDate date) {
        return ProfessionalsMeetingsViewModel.shown(date);
    }

    public ObservableList<Shown> transfers() {
        return transfers;
    }

    public ObservableList<LawfulBasis> bases() {
        return bases;
    }

    public ObjectProperty<Line> editingProperty() {
        return editing;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
