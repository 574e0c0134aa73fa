package org.maracdesk.ui.meetings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.meetings.CrimeLine;
import org.maracdesk.casework.meetings.CrimeService;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The police screen of crimes disclosed at MARAC (decision 0041): police choose a meeting, then a crime, and record
 * their crime or occurrence number, through the same service, history and audit as {@code meeting crime-reference}.
 * Reads and saves run in the background; what is wrong is said in {@link #messageProperty()}.
 */
public final class PoliceCrimesViewModel {
    private final CrimeService service;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<CrimeService.MeetingCrimes> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<CrimeService.MeetingCrimes> meeting = new SimpleObjectProperty<>();
    private final ObservableList<CrimeLine> crimes = FXCollections.observableArrayList();
    private final ObjectProperty<CrimeLine> crime = new SimpleObjectProperty<>();
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Long keepCrime;

    public PoliceCrimesViewModel(CrimeService service, TaskExecutor executor, ErrorHandler errors, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        meeting.addListener((o, a, m) -> {
            Long keep = keepCrime;
            keepCrime = null;
            loadCrimes(m, keep);
        });
        crime.addListener((o, a, c) -> reference.set(c == null || c.policeReference() == null ? ""
                : c.policeReference()));
    }

    /** Reads the meetings with crimes to record; the latest is chosen. */
    public void load() {
        busy.set(true);
        executor.execute(service::meetingsForPolice, list -> {
            busy.set(false);
            meetings.setAll(list);
            meeting.set(list.isEmpty() ? null : list.get(0));
            message.set(list.isEmpty() ? messages.get("police.crimes.noMeetings") : "");
        }, this::failed);
    }

    private void loadCrimes(CrimeService.MeetingCrimes m, Long keep) {
        if (m == null) {
            crimes.clear();
            return;
        }
        busy.set(true);
        executor.execute(() -> service.forPolice(m.meetingId()), list -> {
            busy.set(false);
            if (!m.equals(meeting.get())) {
                return;
            }
            crimes.setAll(list);
            crime.set(list.stream().filter(c -> keep != null && c.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, this::failed);
    }

    /** Records the reference typed for the chosen crime (blank clears it); says what was done. */
    public void save() {
        CrimeLine c = crime.get();
        if (c == null) {
            message.set(messages.get("police.crimes.chooseCrime"));
            return;
        }
        String typed = reference.get() == null ? "" : reference.get().strip();
        busy.set(true);
        executor.execute(() -> {
            service.policeReference(c.id(), typed);
            return null;
        }, x -> {
            busy.set(false);
            message.set(typed.isEmpty() ? messages.format("police.crimes.cleared", c.caseReference())
                    : messages.format("police.crimes.saved", typed, c.caseReference()));
            refresh(c.id());
        }, this::failed);
    }

    /** Reads the meetings again (their counts changed), keeping the chosen meeting and crime. */
    private void refresh(long crimeId) {
        CrimeService.MeetingCrimes was = meeting.get();
        executor.execute(service::meetingsForPolice, list -> {
            CrimeService.MeetingCrimes next = list.stream().filter(m -> was != null && m.meetingId() == was.meetingId())
                    .findFirst().orElse(list.isEmpty() ? null : list.get(0));
            meetings.setAll(list);
            if (next != null && next.equals(meeting.get())) {
                loadCrimes(next, crimeId);
                return;
            }
            keepCrime = crimeId;
            meeting.set(next);
            keepCrime = null;
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof IllegalArgumentException) {
            message.set(messages.format("police.crimes.problem", e.getMessage()));
        } else if (e instanceof NotPermittedException) {
            message.set(messages.get("police.crimes.notPermitted"));
        } else {
            errors.report(e);
        }
    }

    public ObservableList<CrimeService.MeetingCrimes> meetings() {
        return meetings;
    }

    public ObjectProperty<CrimeService.MeetingCrimes> meetingProperty() {
        return meeting;
    }

    public ObservableList<CrimeLine> crimes() {
        return crimes;
    }

    public ObjectProperty<CrimeLine> crimeProperty() {
        return crime;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
