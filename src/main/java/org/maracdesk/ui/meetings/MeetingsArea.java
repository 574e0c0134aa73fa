package org.maracdesk.ui.meetings;

import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.maracdesk.casework.actions.ActionCorrectionService;
import org.maracdesk.casework.meetings.AgendaCorrectionService;
import org.maracdesk.casework.meetings.AgendaService;
import org.maracdesk.casework.meetings.MeetingCorrectionService;
import org.maracdesk.casework.meetings.MeetingRecordService;
import org.maracdesk.casework.meetings.MeetingSetupService;
import org.maracdesk.casework.meetings.ResearchService;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Fxml;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;
import org.maracdesk.ui.common.ViewLoader;

/**
 * The Meetings area for the signed-in role, built each time it opens from services made once by the
 * composition root: coordinators and chairs run meetings; agency representatives and Idvas enter research.
 */
public final class MeetingsArea {
    /** The meeting services the area uses. */
    public record Services(AgendaService agendas, ResearchService research, MeetingSetupService setup,
                           MeetingRecordService records, ActionCorrectionService actionCorrections,
                           MeetingCorrectionService corrections, AgendaCorrectionService agendaCorrections,
                           org.maracdesk.casework.meetings.CrimeService crimes,
                           org.maracdesk.exchange.exports.MinutesCopies minutesCopies,
                           org.maracdesk.casework.meetings.ProposalService proposals) {
    }

    private final Services services;
    private final ViewLoader views;
    private final Messages messages;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Clock clock;
    private final org.maracdesk.ui.common.LiveRefresh live;
    /** The meeting the next view of the area shows first (a listing's meeting from the case hub); null: none. */
    private Long nextMeeting;
    private LocalDate nextMeetingDate;

    public MeetingsArea(Services services, ViewLoader views, Messages messages, TaskExecutor executor,
                        ErrorHandler errors, Clock clock) {
        this(services, views, messages, executor, errors, clock, org.maracdesk.ui.common.LiveRefresh.none());
    }

    /** @param live other desks' research and agenda changes reload the meetings screen while shown (decision 0038) */
    public MeetingsArea(Services services, ViewLoader views, Messages messages, TaskExecutor executor,
                        ErrorHandler errors, Clock clock, org.maracdesk.ui.common.LiveRefresh live) {
        this.live = live;
        this.services = services;
        this.views = views;
        this.messages = messages;
        this.executor = executor;
        this.errors = errors;
        this.clock = clock;
    }

    /** The next {@link #view} shows this meeting first (the case hub's Go to the meeting), which {@code go} asks for. */
    public void showNext(long meetingId, LocalDate date, Runnable go) {
        nextMeeting = meetingId;
        nextMeetingDate = date;
        go.run();
    }

    public Parent view(AccountInfo who) {
        if (PermissionMatrix.allows(who.role(), Permission.VIEW_AGENDA_CASES)) {
            return meetings(who);
        }
        if (PermissionMatrix.allows(who.role(), Permission.WRITE_OWN_AGENCY_RESEARCH) && who.agencyCode() != null) {
            ResearchEntryViewModel vm = new ResearchEntryViewModel(services.research(), executor, errors, messages);
            ResearchEntryView entry = new ResearchEntryView(vm,
                    new ProposalsViewModel(services.proposals(), executor, errors, messages), messages, who.agencyCode());
            Parent research = views.load(Fxml.RESEARCH_ENTRY_VIEW, entry);
            // An agency's own requests follow other desks too (decision 0051), keeping the request and the typing.
            live.whileShown(research, java.util.Set.of(org.maracdesk.casework.live.ChangeKind.RESEARCH,
                    org.maracdesk.casework.live.ChangeKind.MEETINGS, org.maracdesk.casework.live.ChangeKind.CASES),
                    entry::refreshLive);
            return org.maracdesk.casework.meetings.CrimesDisclosed.mayExport(who)
                    ? PoliceTabs.build(research, () -> new PoliceCrimesView(new PoliceCrimesViewModel(services.crimes(),
                    executor, errors, messages), messages).build(), messages) : research;
        }
        Label none = new Label(messages.get("meeting.notForRole"));
        none.setWrapText(true);
        none.getStyleClass().add("page");
        return none;
    }

    private Parent meetings(AccountInfo who) {
        MeetingsViewModel vm = new MeetingsViewModel(services.agendas(), services.research(), services.setup(),
                executor, errors, messages, PermissionMatrix.allows(who.role(), Permission.MANAGE_MEETINGS),
                LocalDate.now(clock));
        boolean chosen = nextMeeting != null;
        if (chosen) {
            vm.choose(nextMeeting, nextMeetingDate);
            nextMeeting = null;
        }
        MeetingRunViewModel run = new MeetingRunViewModel(services.records(), services.actionCorrections(), executor,
                errors, messages).withProposals(services.proposals());
        run.withCrimes(new CrimesViewModel(services.crimes(), executor, errors, messages,
                org.maracdesk.casework.meetings.CrimesDisclosed.mayExport(who)));
        MeetingsView view = new MeetingsView(vm, messages, run,
                m -> views.load(Fxml.MEETING_RUN_VIEW, new MeetingRunView(run, messages, m::agencyName, m::agencyCodes)),
                m -> new MeetingSetupView(new MeetingSetupViewModel(services.setup(), executor, errors, messages,
                        m::showMeeting).withDistrictCorrections(services.corrections()), views, messages,
                        LocalDate.now(clock)));
        // Chairs read the history; the view offers the corrections to coordinators only.
        view.withCorrections(new MeetingCorrectionsViewModel(services.corrections(), services.agendaCorrections(), vm,
                executor, errors, messages));
        Parent shown = views.load(Fxml.MEETINGS_VIEW, view);
        if (chosen) { // opened on a listing's meeting from the case hub: the keyboard starts on its agenda
            shown.sceneProperty().addListener((o, was, scene) -> {
                if (scene != null) {
                    javafx.application.Platform.runLater(() -> {
                        javafx.scene.Node agenda = shown.lookup("#agendaTable");
                        if (agenda != null) {
                            agenda.requestFocus();
                        }
                    });
                }
            });
        }
        if (PermissionMatrix.allows(who.role(), Permission.EXPORT_FULL_MINUTES)) {
            // The export register of the chosen meeting's minutes (decision 0041), beside History.
            new CopiesSent(new CopiesSentViewModel(services.minutesCopies(), executor, errors, messages,
                    vm::agencyName), messages).attach((javafx.scene.layout.HBox) shown.lookup("#meetingActions"),
                    vm.selectedProperty(), () -> shown.getScene().getWindow());
        }
        live.whileShown(shown, java.util.Set.of(org.maracdesk.casework.live.ChangeKind.RESEARCH,
                org.maracdesk.casework.live.ChangeKind.MEETINGS), view::refreshLive);
        return shown;
    }

}
