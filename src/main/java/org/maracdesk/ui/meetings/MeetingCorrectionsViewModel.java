package org.maracdesk.ui.meetings;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.casework.meetings.AgendaCorrectionService;
import org.maracdesk.casework.meetings.AgendaItem;
import org.maracdesk.casework.meetings.MeetingCorrectionService;
import org.maracdesk.casework.meetings.MeetingCorrectionService.Cancelled;
import org.maracdesk.casework.meetings.MeetingCorrectionService.Edited;
import org.maracdesk.casework.meetings.MeetingCorrectionService.History;
import org.maracdesk.casework.meetings.MeetingCorrectionService.MeetingEdit;
import org.maracdesk.casework.meetings.MeetingHeader;
import org.maracdesk.ui.common.BackgroundWork;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * Putting a meeting and its agenda right from the Meetings area (coordinators): cancel, edit, reopen,
 * history; remove, defer, reorder and add cases. Each runs in the background, then reloads the meeting
 * shown; a refusal ("the case is already first") goes to the status line, anything else to the error dialog.
 */
public final class MeetingCorrectionsViewModel {
    private final MeetingCorrectionService meetings;
    private final AgendaCorrectionService agendas;
    private final MeetingsViewModel area;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final StringProperty refusal = new SimpleStringProperty("");

    public MeetingCorrectionsViewModel(MeetingCorrectionService meetings, AgendaCorrectionService agendas,
                                       MeetingsViewModel area, TaskExecutor executor, ErrorHandler errors,
                                       Messages messages) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.area = area;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    public void cancel(MeetingHeader m, String reason, Consumer<Cancelled> shown) {
        run(() -> meetings.cancel(m.id(), reason), r -> {
            area.showMeeting(m.id());
            area.statusProperty().set(messages.format("meeting.cancel.done", Labels.date(m.date())));
            shown.accept(r);
        });
    }

    public void edit(MeetingHeader m, MeetingEdit edit, Consumer<Edited> shown) {
        run(() -> meetings.edit(m.id(), edit), r -> {
            area.showMeeting(m.id());
            area.statusProperty().set(messages.format("meeting.edit.done", r.changes().size()));
            shown.accept(r);
        });
    }

    public void reopen(MeetingHeader m, String reason) {
        run(() -> {
            meetings.reopen(m.id(), reason);
            return m;
        }, x -> {
            area.showMeeting(m.id());
            area.statusProperty().set(messages.format("meeting.reopen.done", Labels.date(m.date())));
        });
    }

    public void history(MeetingHeader m, Consumer<History> shown) {
        run(() -> meetings.history(m.id()), shown);
    }

    public void remove(MeetingHeader m, AgendaItem item, String reason) {
        run(() -> {
            agendas.remove(item.listingId(), reason);
            return item;
        }, x -> {
            area.showMeeting(m.id());
            area.statusProperty().set(messages.format("agenda.removed", item.caseReference()));
        });
    }

    public void defer(MeetingHeader m, AgendaItem item, MeetingHeader to, String reason) {
        run(() -> {
            agendas.defer(item.listingId(), to.id(), reason);
            return item;
        }, x -> {
            area.showMeeting(m.id());
            area.statusProperty().set(messages.format("agenda.deferred", item.caseReference(), Labels.date(to.date())));
        });
    }

    /** Moves the case one place up ({@code -1}) or down; {@code done} gets the listing to select again. */
    public void reorder(MeetingHeader m, AgendaItem item, int step, Runnable done) {
        run(() -> {
            agendas.reorder(item.listingId(), step);
            return item;
        }, x -> {
            area.reloadAgenda(done);
            area.statusProperty().set(messages.format(step < 0 ? "agenda.movedUp" : "agenda.movedDown",
                    item.caseReference()));
        });
    }

    public void add(MeetingHeader m, String reference, String reason) {
        run(() -> agendas.add(m.id(), reference, reason), id -> {
            area.showMeeting(m.id());
            area.statusProperty().set(messages.format("agenda.added", reference.strip()));
        });
    }

    private <T> void run(BackgroundWork<T> work, Consumer<T> done) {
        refusal.set("");
        executor.execute(work, done, this::failed);
    }

    private void failed(Throwable t) {
        if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
            // Our services' refusals say what is wrong in plain words, naming no person.
            String text = messages.format("meeting.correction.refused", t.getMessage());
            refusal.set(text);
            area.statusProperty().set(text);
        } else {
            errors.report(t);
        }
    }

    /** Why the last correction was refused ("" when it was not). */
    public StringProperty refusalProperty() {
        return refusal;
    }
}
