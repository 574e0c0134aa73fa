package org.maracdesk.ui.caseview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.ProfessionalsMeetingService;
import org.maracdesk.casework.ProfessionalsMeetingService.Entry;
import org.maracdesk.casework.ProfessionalsMeetingService.Line;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The professionals' meetings of one case (issue 16): the list with each meeting's change history, the agency
 * list for the "present" boxes, the meeting being changed (none: the form records a new one), and what the last
 * step did or what is wrong. Everything is read and written off the FX thread.
 */
public final class ProfessionalsMeetingsViewModel {
    private final ProfessionalsMeetingService service;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final long caseId;
    private final ObservableList<Shown> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<Line> editing = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private Map<String, String> agencies = Map.of();
    private boolean mayRemove;

    /** A meeting with its change history. */
    public record Shown(Line line, List<ChangeHistory.Line> history) {
    }

    private record Loaded(List<Shown> meetings, Map<String, String> agencies, boolean mayRemove) {
    }

    public ProfessionalsMeetingsViewModel(ProfessionalsMeetingService service, TaskExecutor executor,
                                          ErrorHandler errors, Messages messages, long caseId) {
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.caseId = caseId;
    }

    /** Reads the meetings and the agency list; {@code after} runs once they are shown. */
    public void load(Runnable after) {
        executor.execute(() -> new Loaded(service.list(caseId).stream().map(l -> new Shown(l, service.history(l.id())))
                .toList(), service.agencies(), service.mayRemove()), loaded -> {
            agencies = loaded.agencies();
            mayRemove = loaded.mayRemove();
            meetings.setAll(loaded.meetings());
            if (after != null) {
                after.run();
            }
        }, errors::report);
    }

    /** Records a new meeting or saves the change to the one being changed; says what is wrong instead. */
    public boolean save(String dateText, List<String> present, String outcome, String actions, Runnable after) {
        LocalDate date;
        try {
            date = org.maracdesk.ui.common.DateFields.parse(dateText);
        } catch (java.time.format.DateTimeParseException e) {
            message.set(messages.get("promeeting.badDate"));
            return false;
        }
        if (date == null || present.isEmpty() || outcome == null || outcome.isBlank()) {
            message.set(messages.get("promeeting.incomplete"));
            return false;
        }
        Entry entry = new Entry(date, present, outcome, actions);
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
            message.set(messages.get("promeeting.saved"));
            load(after);
        }, errors::report);
        return true;
    }

    /** Whether the account may remove a meeting recorded by mistake (the coordinator; the service checks again). */
    public boolean mayRemove() {
        return mayRemove;
    }

    /** Takes a meeting recorded by mistake off the case with the reason; it stays in the list, marked removed. */
    public void remove(Line line, String reason, Runnable after) {
        if (reason == null || reason.isBlank()) {
            message.set(messages.get("promeeting.removeNoReason"));
            return;
        }
        if (line.equals(editing.get())) {
            editing.set(null);
        }
        executor.execute(() -> {
            service.remove(line.id(), reason);
            return null;
        }, done -> {
            message.set(messages.format("promeeting.removed", shown(line.date())));
            load(after);
        }, errors::report);
    }

    public void edit(Line line) {
        editing.set(line);
        message.set(messages.format("promeeting.editing", shown(line.date())));
    }

    /** A date as the screen shows dates (dd/mm/yyyy). */
    public static String shown(LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public void cancelEdit() {
        editing.set(null);
        message.set("");
    }

    /** The agency's name as the MARAC's list has it (the code when unlisted). */
    public String agencyName(String code) {
        return agencies.getOrDefault(code, code);
    }

    /** Agency codes in the list's order, with their names. */
    public Map<String, String> agencies() {
        return agencies;
    }

    public ObservableList<Shown> meetings() {
        return meetings;
    }

    public ObjectProperty<Line> editingProperty() {
        return editing;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
