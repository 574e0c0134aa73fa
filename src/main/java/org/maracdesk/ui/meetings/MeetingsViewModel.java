package org.maracdesk.ui.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.meetings.AgendaItem;
import org.maracdesk.casework.meetings.AgendaService;
import org.maracdesk.casework.meetings.WaitingToBeListed;
import org.maracdesk.casework.meetings.AgencyView;
import org.maracdesk.casework.meetings.CompletenessGrid;
import org.maracdesk.casework.meetings.MeetingHeader;
import org.maracdesk.casework.meetings.MeetingSetupService;
import org.maracdesk.casework.meetings.ResearchService;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** The coordinator's meetings: choosing a meeting, its agenda, moves, circulation and the research grid. */
public final class MeetingsViewModel {
    private final AgendaService agendas;
    private final ResearchService research;
    private final MeetingSetupService setup;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final boolean manages;
    private final ObservableList<MeetingHeader> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingHeader> selected = new SimpleObjectProperty<>();
    private final ObservableList<AgendaItem> agenda = FXCollections.observableArrayList();
    private final ObservableList<WaitingToBeListed.Waiting> waiting = FXCollections.observableArrayList();
    private final ObjectProperty<CompletenessGrid> grid = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<String, String>> agencyNames = new SimpleObjectProperty<>(Map.of());
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final LocalDate today;
    /** Another desk changed research or the agenda while a load ran: read the agenda again after it. */
    private Runnable refreshPending;
    /** The meeting the first load chooses (a listing's meeting, from the case hub); null: the next one. */
    private Long wanted;
    private LocalDate wantedDate;

    public MeetingsViewModel(AgendaService agendas, ResearchService research, MeetingSetupService setup,
                             TaskExecutor executor, ErrorHandler errors, Messages messages, boolean manages,
                             LocalDate today) {
        this.agendas = agendas;
        this.research = research;
        this.setup = setup;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.manages = manages;
        this.today = today;
        selected.addListener((o, a, m) -> loadAgenda());
        busy.addListener((o, was, now) -> {
            Runnable then = refreshPending;
            if (!now && then != null) {
                refreshPending = null;
                reloadAgenda(then);
            }
        });
    }

    /**
     * Another desk changed research or the agenda on the shared server (decision 0038): the chosen meeting's
     * agenda and research grid are read again (after a load in flight), then {@code then} runs.
     */
    public void refresh(Runnable then) {
        if (busy.get()) {
            refreshPending = then;
        } else {
            reloadAgenda(then);
        }
    }

    /** Lists newly accepted referrals (coordinators), then loads meetings from a month back. */
    public void load() {
        busy.set(true);
        executor.execute(() -> {
            if (manages) {
                agendas.refresh();
            }
            Map<String, String> names = new java.util.LinkedHashMap<>();
            for (AgencyView a : setup.agencies()) {
                if (a.active()) {
                    names.put(a.code(), a.name());
                }
            }
            LocalDate from = wantedDate != null && wantedDate.isBefore(today.minusDays(31)) ? wantedDate
                    : today.minusDays(31);
            return new Loaded(java.util.Collections.unmodifiableMap(names), agendas.meetings(from),
                    agendas.waiting());
        }, loaded -> {
            agencyNames.set(loaded.agencyNames());
            waiting.setAll(loaded.waiting());
            List<MeetingHeader> list = loaded.meetings();
            meetings.setAll(list);
            Long chosen = wanted;
            wanted = null;
            selected.set(list.stream().filter(m -> chosen != null && m.id() == chosen).findFirst()
                    .orElse(list.stream().filter(m -> !m.closed() && !m.date().isBefore(today)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(list.size() - 1))));
            busy.set(false);
        }, this::failed);
    }

    private record Loaded(Map<String, String> agencyNames, List<MeetingHeader> meetings,
                          List<WaitingToBeListed.Waiting> waiting) {
    }

    private void loadAgenda() {
        reloadAgenda(() -> { });
    }

    /** Loads the chosen meeting's agenda again, then runs {@code then} (on the FX thread). */
    public void reloadAgenda(Runnable then) {
        MeetingHeader m = selected.get();
        if (m == null) {
            agenda.clear();
            grid.set(null);
            return;
        }
        busy.set(true);
        executor.execute(() -> manages ? research.completeness(m.id()) : null, g -> {
            grid.set(g);
            busy.set(false);
            if (g != null) {
                agenda.setAll(g.rows());
                status.set(messages.format("agenda.status", g.rows().size(), g.submitted(), g.requested())
                        + withheldNote(g.withheldCases()));
                then.run();
            }
        }, this::failed);
        if (!manages) {
            executor.execute(() -> agendas.agenda(m.id()), a -> {
                agenda.setAll(a.cases());
                status.set(withheldNote(a.withheldCases()).strip());
                busy.set(false);
                then.run();
            }, this::failed);
        }
    }

    /** Says how many listed cases are withheld from the account, never which; empty when none. */
    private String withheldNote(int withheld) {
        return withheld == 0 ? "" : " " + messages.format("agenda.withheld", withheld);
    }

    public void circulate() {
        MeetingHeader m = selected.get();
        if (m == null) {
            return;
        }
        busy.set(true);
        executor.execute(() -> agendas.circulateNoting(m.id()), done -> {
            busy.set(false);
            reselect(m.id());
            status.set(messages.format("agenda.circulated", done.created()) + (done.withoutAgreement().isEmpty() ? ""
                    : " " + messages.format("agenda.circulated.noAgreement", String.join(", ", done.withoutAgreement()))));
        }, this::failed);
    }

    /** Reopens an agency's submitted research on a listed case, with the reason the agency will see. */
    public void reopenResearch(AgendaItem item, String agencyCode, String reason) {
        MeetingHeader m = selected.get();
        if (item == null || m == null) {
            status.set(messages.get("research.reopen.chooseCase"));
            return;
        }
        busy.set(true);
        executor.execute(() -> {
            research.reopen(item.listingId(), agencyCode, reason);
            return null;
        }, done -> {
            busy.set(false);
            reselect(m.id());
            status.set(messages.get("research.reopen.done"));
        }, this::failed);
    }

    public void move(AgendaItem item, MeetingHeader to) {
        MeetingHeader from = selected.get();
        if (item == null || to == null || from == null || to.id() == from.id()) {
            return;
        }
        executor.execute(() -> {
            agendas.move(item.listingId(), to.id());
            return null;
        }, done -> {
            loadAgenda();
            status.set(messages.format("agenda.moved", item.caseReference(), Labels.date(to.date())));
        }, this::failed);
    }

    /**
     * The first {@link #load} chooses this meeting instead of the next one, reading meetings back to its date
     * (a listing's meeting, opened from the case hub).
     */
    public void choose(long meetingId, LocalDate date) {
        wanted = meetingId;
        wantedDate = date;
    }

    /** Reloads the meetings and chooses the one given (e.g. one just scheduled). */
    public void showMeeting(long id) {
        reselect(id);
    }

    private void reselect(long id) {
        executor.execute(() -> agendas.meetings(today.minusDays(31)), list -> {
            meetings.setAll(list);
            selected.set(list.stream().filter(x -> x.id() == id).findFirst().orElse(null));
        }, this::failed);
    }

    private void failed(Throwable t) {
        busy.set(false);
        errors.report(t);
    }

    public boolean manages() {
        return manages;
    }

    public ObservableList<MeetingHeader> meetings() {
        return meetings;
    }

    public ObjectProperty<MeetingHeader> selectedProperty() {
        return selected;
    }

    /** Accepted referrals waiting to be listed (after this load's automatic listing), oldest first. */
    public ObservableList<WaitingToBeListed.Waiting> waiting() {
        return waiting;
    }

    public ObservableList<AgendaItem> agenda() {
        return agenda;
    }

    public ObjectProperty<CompletenessGrid> gridProperty() {
        return grid;
    }

    public String agencyName(String code) {
        return agencyNames.get().getOrDefault(code, code);
    }

    public List<String> agencyCodes() {
        return List.copyOf(agencyNames.get().keySet());
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
