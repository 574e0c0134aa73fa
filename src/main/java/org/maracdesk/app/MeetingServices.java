package org.maracdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.maracdesk.casework.meetings.AgendaService;
import org.maracdesk.casework.meetings.MeetingRecordService;
import org.maracdesk.casework.meetings.MeetingSetupService;
import org.maracdesk.casework.meetings.ResearchService;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.security.SessionManager;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;
import org.maracdesk.ui.common.ViewLoader;
import org.maracdesk.ui.meetings.MeetingRunView;
import org.maracdesk.ui.meetings.MeetingRunViewModel;
import org.maracdesk.ui.meetings.MeetingSetupView;
import org.maracdesk.ui.meetings.MeetingSetupViewModel;
import org.maracdesk.ui.meetings.MeetingsView;
import org.maracdesk.ui.meetings.MeetingsViewModel;
import org.maracdesk.ui.meetings.ResearchEntryView;
import org.maracdesk.ui.meetings.ResearchEntryViewModel;

/** Builds the meeting services and the Meetings area's screens for the signed-in role (part of the composition root). */
final class MeetingServices {
    private final Clock clock;
    private final AgendaService agendas;
    private final ResearchService research;
    private final MeetingSetupService setup;
    private final MeetingRecordService records;

    MeetingServices(SessionManager sessions, Clock clock) {
        this.clock = clock;
        AuditLog audit = new AuditLog(Clock.systemUTC());
        this.agendas = new AgendaService(sessions, sessions, audit, clock);
        this.research = new ResearchService(sessions, sessions, audit, clock, agendas);
        this.setup = new MeetingSetupService(sessions, sessions, audit);
        this.records = new MeetingRecordService(sessions, sessions, audit, clock);
    }

    /** Lists accepted referrals on their next meetings (the referral form calls it after accepting). */
    void listAccepted() {
        agendas.refresh();
    }

    /** Coordinators and chairs run meetings; agency representatives and Idvas enter research. */
    Parent view(ViewLoader views, Messages messages, TaskExecutor executor, ErrorHandler errors, AccountInfo who) {
        if (PermissionMatrix.allows(who.role(), Permission.VIEW_AGENDA_CASES)) {
            MeetingsViewModel vm = new MeetingsViewModel(agendas, research, setup, executor, errors, messages,
                    PermissionMatrix.allows(who.role(), Permission.MANAGE_MEETINGS), LocalDate.now(clock));
            MeetingRunViewModel run = new MeetingRunViewModel(records, executor, errors, messages);
            return views.load("MeetingsView", new MeetingsView(vm, messages, run, m -> views.load("MeetingRunView",
                    new MeetingRunView(run, messages, m::agencyName, m::agencyCodes)), m -> new MeetingSetupView(
                    new MeetingSetupViewModel(setup, executor, errors, messages, m::showMeeting), views, messages,
                    LocalDate.now(clock))));
        }
        if (PermissionMatrix.allows(who.role(), Permission.WRITE_OWN_AGENCY_RESEARCH) && who.agencyCode() != null) {
            ResearchEntryViewModel vm = new ResearchEntryViewModel(research, executor, errors, messages);
            return views.load("ResearchEntryView", new ResearchEntryView(vm, messages, who.agencyCode()));
        }
        Label none = new Label(messages.get("meeting.notForRole"));
        none.setWrapText(true);
        none.getStyleClass().add("page");
        return none;
    }
}
