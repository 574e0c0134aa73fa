package org.maracdesk.app.common;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.SafeContactService;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.casework.intake.ReferralDecisionService;
import org.maracdesk.casework.intake.ReferralDraftService;
import org.maracdesk.casework.intake.ReferralIntakeService;
import org.maracdesk.casework.meetings.AgendaService;
import org.maracdesk.casework.meetings.MeetingRecordService;
import org.maracdesk.casework.meetings.MeetingSetupService;
import org.maracdesk.casework.meetings.ResearchService;
import org.maracdesk.casework.retention.RetentionService;
import org.maracdesk.exchange.exports.ExportChoices;
import org.maracdesk.exchange.exports.ExportFiles;
import org.maracdesk.exchange.exports.ExportService;
import org.maracdesk.exchange.exports.MinutesCopies;
import org.maracdesk.exchange.exports.MinutesQuery;
import org.maracdesk.exchange.reports.ReportService;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.AuditTrail;
import org.maracdesk.security.BackupAdministration;
import org.maracdesk.security.ExportPassphrases;
import org.maracdesk.security.PassphraseConfirmation;
import org.maracdesk.security.SessionManager;
import org.maracdesk.security.VaultMaintenance;
import org.maracdesk.store.AutoBackup;
import org.maracdesk.store.Vault;

/**
 * Every service of one vault folder, built once by hand (constructor injection, no container, no
 * lookups) from the session manager, one audit log, one clock and one random source; the window's
 * composition root and the command line both take their services from here.
 *
 * <p>One graph lives as long as the application. That is safe because every service is stateless over
 * {@link org.maracdesk.store.StoreProvider} and {@link org.maracdesk.security.CurrentUser}: it asks
 * the session manager for the open store and the signed-in account on every call, so locking, unlocking
 * as someone else, compaction and a new data key ({@link VaultMaintenance#changeDataKey}) swap the store
 * underneath without a service noticing, and a call while locked fails with
 * {@link org.maracdesk.common.StoreUnavailableException}. A service that starts keeping a store, a
 * session or an account in a field breaks this and must not be added here.
 */
public final class ServicesGraph {
    private final Clock clock;
    private final SessionManager sessions;
    private final VaultMaintenance maintenance;
    private final AuditLog audit;
    private final InstrumentRegistry instruments = new InstrumentRegistry();
    private final org.maracdesk.casework.settings.LocalSettingsService localSettings;
    private final org.maracdesk.casework.settings.SignOffRuleService signOffRule;
    private final AutoBackup autoBackup;
    private final CaseQueryService caseQueries;
    private final CaseViewService caseViews;
    private final SafeContactService safeContacts;
    private final org.maracdesk.casework.CaseClosureService caseClosures;
    private final MustNotReceiveService mustNotReceive;
    private final org.maracdesk.casework.people.PersonMergeService personMerges;
    private final ReferralDraftService referralDrafts;
    private final ReferralDecisionService referralDecisions;
    private final ReferralIntakeService referralIntake;
    private final org.maracdesk.casework.migration.TrackerMigrationService trackerMigration;
    private final AgendaService agendas;
    private final ResearchService research;
    private final MeetingSetupService meetingSetup;
    private final org.maracdesk.casework.meetings.MeetingCorrectionService meetingCorrections;
    private final org.maracdesk.casework.meetings.AgendaCorrectionService agendaCorrections;
    private final MeetingRecordService meetingRecords;
    private final org.maracdesk.casework.meetings.CrimeService crimes;
    private final ActionTrackingService actions;
    private final org.maracdesk.casework.actions.ActionCorrectionService actionCorrections;
    private final org.maracdesk.casework.PersonCorrectionService personCorrections;
    private final org.maracdesk.casework.actions.ActionTypeService actionTypes;
    private final org.maracdesk.casework.meetings.ProposalService proposals;
    private final org.maracdesk.casework.ProfessionalsMeetingService professionalsMeetings;
    private final org.maracdesk.casework.transfers.CaseTransferService transfers;
    private final org.maracdesk.casework.intake.ReferralRecordService referralRecords;
    private final org.maracdesk.exchange.reports.DashboardService dashboard;
    private final RetentionService retention;
    private final ReportService reports;
    private final ExportService exports;
    private final ExportChoices exportChoices;
    private final MinutesCopies minutesCopies;
    private final AccountAdministration accounts;
    private final AuditTrail auditTrail;
    private final org.maracdesk.casework.hub.CaseHubService caseHub;
    private final org.maracdesk.casework.intake.RepeatReferralStart repeatReferrals;
    private final BackupAdministration backups;
    private final org.maracdesk.casework.search.PersonSearchService personSearch;
    private final org.maracdesk.security.ServerAccess server;
    private final org.maracdesk.casework.live.LiveChanges liveChanges;
    private final org.maracdesk.security.VaultToServer vaultToServer;

    /**
     * @param vaultDir   the vault folder (it need not exist yet); null for a process that signs in to a
     *                   shared server instead ({@link #server()})
     * @param background where the ORM metadata is prepared ahead of an unlock
     * @param clock      the one clock of the process ({@code Clock.systemDefaultZone()} outside tests)
     */
    public ServicesGraph(Path vaultDir, Executor background, Clock clock) {
        SecureRandom random = new SecureRandom();
        AccountService accountRows = new AccountService(clock);
        this.clock = clock;
        this.audit = new AuditLog(clock);
        this.sessions = new SessionManager(vaultDir, new Vault(random), PersistenceUnits.all(), background,
                accountRows, audit, clock);
        this.maintenance = new VaultMaintenance(sessions);
        this.autoBackup = new AutoBackup(clock);
        this.caseQueries = new CaseQueryService(sessions, sessions, audit);
        this.caseViews = new CaseViewService(sessions, sessions, audit);
        this.safeContacts = new SafeContactService(sessions, sessions, audit);
        this.caseClosures = new org.maracdesk.casework.CaseClosureService(sessions, sessions, audit, clock);
        this.mustNotReceive = new MustNotReceiveService(sessions, sessions, audit, clock);
        this.referralDrafts = new ReferralDraftService(sessions, sessions, audit, instruments, clock);
        this.referralDecisions = new ReferralDecisionService(sessions, sessions, audit, instruments, clock);
        this.referralIntake = new ReferralIntakeService(sessions, sessions, audit, instruments, clock);
        this.localSettings = new org.maracdesk.casework.settings.LocalSettingsService(sessions, sessions, audit,
                instruments, clock);
        this.signOffRule = new org.maracdesk.casework.settings.SignOffRuleService(sessions, sessions, audit, clock);
        this.trackerMigration = new org.maracdesk.casework.migration.TrackerMigrationService(sessions, sessions, audit,
                instruments, clock);
        this.agendas = new AgendaService(sessions, sessions, audit, clock);
        this.research = new ResearchService(sessions, sessions, audit, clock, agendas);
        this.meetingSetup = new MeetingSetupService(sessions, sessions, audit);
        this.meetingCorrections = new org.maracdesk.casework.meetings.MeetingCorrectionService(sessions, sessions,
                audit, clock);
        this.agendaCorrections = new org.maracdesk.casework.meetings.AgendaCorrectionService(sessions, sessions,
                audit, clock);
        this.meetingRecords = new MeetingRecordService(sessions, sessions, audit, clock);
        this.crimes = new org.maracdesk.casework.meetings.CrimeService(sessions, sessions, audit, clock);
        this.actions = new ActionTrackingService(sessions, sessions, audit, clock);
        this.actionCorrections = new org.maracdesk.casework.actions.ActionCorrectionService(sessions, sessions, audit,
                clock);
        this.personCorrections = new org.maracdesk.casework.PersonCorrectionService(sessions, sessions, audit, clock);
        this.actionTypes = new org.maracdesk.casework.actions.ActionTypeService(sessions, sessions, audit);
        this.proposals = new org.maracdesk.casework.meetings.ProposalService(sessions, sessions, audit, clock, actionTypes);
        this.professionalsMeetings = new org.maracdesk.casework.ProfessionalsMeetingService(sessions, sessions, audit,
                clock);
        this.transfers = new org.maracdesk.casework.transfers.CaseTransferService(sessions, sessions, audit, clock);
        this.referralRecords = new org.maracdesk.casework.intake.ReferralRecordService(sessions, sessions, audit,
                instruments, clock);
        this.retention = new RetentionService(sessions, maintenance, clock);
        this.reports = new ReportService(sessions, sessions, clock);
        this.dashboard = new org.maracdesk.exchange.reports.DashboardService(sessions, sessions, audit, clock);
        this.exports = new ExportService(sessions, new PassphraseConfirmation(sessions),
                new MinutesQuery(), new ExportFiles(random),
                new ExportPassphrases(random), clock);
        this.exportChoices = new ExportChoices(sessions, sessions);
        this.minutesCopies = new MinutesCopies(sessions, sessions, audit, clock);
        this.accounts = new AccountAdministration(sessions, maintenance, accountRows);
        this.auditTrail = new AuditTrail(sessions, sessions);
        this.backups = new BackupAdministration(sessions, maintenance);
        this.personSearch = new org.maracdesk.casework.search.PersonSearchService(sessions, sessions, audit,
                new org.maracdesk.casework.PersonMatchService(sessions));
        this.server = new org.maracdesk.security.ServerAccess(sessions, PersistenceUnits.all(), accountRows, audit, random);
        this.liveChanges = new org.maracdesk.casework.live.LiveChanges(sessions);
        this.vaultToServer = new org.maracdesk.security.VaultToServer(sessions, audit, clock, random);
        this.personMerges = new org.maracdesk.casework.people.PersonMergeService(sessions, sessions, audit, clock,
                mustNotReceive);
        this.childRecords = new org.maracdesk.casework.children.ChildRecordService(sessions, sessions, audit, clock);
        this.caseHub = new org.maracdesk.casework.hub.CaseHubService(sessions, sessions, auditTrail);
        this.repeatReferrals = new org.maracdesk.casework.intake.RepeatReferralStart(sessions, sessions, audit, clock);
    }

    /** Setting up and signing in to a shared server; a signed-in server session is held by {@link #sessions()}. */
    public org.maracdesk.security.ServerAccess server() {
        return server;
    }

    /** Open screens told of other desks' changes on a shared server (decision 0038); inert on a vault. */
    public org.maracdesk.casework.live.LiveChanges liveChanges() {
        return liveChanges;
    }

    public org.maracdesk.casework.search.PersonSearchService personSearch() {
        return personSearch;
    }

    public Clock clock() {
        return clock;
    }

    public SessionManager sessions() {
        return sessions;
    }

    public VaultMaintenance maintenance() {
        return maintenance;
    }

    public AuditLog audit() {
        return audit;
    }

    public InstrumentRegistry instruments() {
        return instruments;
    }

    /** This MARAC's local settings: thresholds, repeat window, instruments in use (issue 16). */
    public org.maracdesk.casework.settings.LocalSettingsService localSettings() {
        return localSettings;
    }

    /** Whether a referral needs the manager's sign-off (decision 0060). */
    public org.maracdesk.casework.settings.SignOffRuleService signOffRule() {
        return signOffRule;
    }

    public AutoBackup autoBackup() {
        return autoBackup;
    }

    public CaseQueryService caseQueries() {
        return caseQueries;
    }

    public CaseViewService caseViews() {
        return caseViews;
    }

    public org.maracdesk.casework.CaseClosureService caseClosures() {
        return caseClosures;
    }

    public SafeContactService safeContacts() {
        return safeContacts;
    }

    public MustNotReceiveService mustNotReceive() {
        return mustNotReceive;
    }

    public ReferralDraftService referralDrafts() {
        return referralDrafts;
    }

    public ReferralDecisionService referralDecisions() {
        return referralDecisions;
    }

    public ReferralIntakeService referralIntake() {
        return referralIntake;
    }

    public org.maracdesk.casework.migration.TrackerMigrationService trackerMigration() {
        return trackerMigration;
    }

    public AgendaService agendas() {
        return agendas;
    }

    public ResearchService research() {
        return research;
    }

    public MeetingSetupService meetingSetup() {
        return meetingSetup;
    }

    public org.maracdesk.casework.meetings.MeetingCorrectionService meetingCorrections() {
        return meetingCorrections;
    }

    public org.maracdesk.casework.meetings.AgendaCorrectionService agendaCorrections() {
        return agendaCorrections;
    }

    public MeetingRecordService meetingRecords() {
        return meetingRecords;
    }

    /** Crimes disclosed at MARAC: entered on the meeting view, police references added later. */
    public org.maracdesk.casework.meetings.CrimeService crimes() {
        return crimes;
    }

    public ActionTrackingService actions() {
        return actions;
    }

    /** Correcting people named on cases, and each case's change history (issue 14). */
    public org.maracdesk.casework.PersonCorrectionService personCorrections() {
        return personCorrections;
    }

    /** Editing and removing agreed actions (issue 14). */
    public org.maracdesk.casework.actions.ActionCorrectionService actionCorrections() {
        return actionCorrections;
    }

    /** The MARAC's list of action types (issue 16). */
    public org.maracdesk.casework.actions.ActionTypeService actionTypes() {
        return actionTypes;
    }

    /** Pre-meeting proposed actions (issue 16, decision 0049). */
    public org.maracdesk.casework.meetings.ProposalService proposals() {
        return proposals;
    }

    /** Transfers of a case between MARACs, as steps (issue 16, decision 0068). */
    public org.maracdesk.casework.transfers.CaseTransferService transfers() {
        return transfers;
    }

    /** Professionals' meetings on a case (issue 16, decision 0049). */
    public org.maracdesk.casework.ProfessionalsMeetingService professionalsMeetings() {
        return professionalsMeetings;
    }

    public RetentionService retention() {
        return retention;
    }

    public ReportService reports() {
        return reports;
    }

    public ExportService exports() {
        return exports;
    }

    public ExportChoices exportChoices() {
        return exportChoices;
    }

    /** Copies of frozen minutes: per-agency preview, versions, who holds which (decision 0033). */
    public MinutesCopies minutesCopies() {
        return minutesCopies;
    }

    public AccountAdministration accounts() {
        return accounts;
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    public BackupAdministration backups() {
        return backups;
    }

    /** Decided referrals viewed in full, corrected and re-scored, their decisions reversed (issue 14). */
    public org.maracdesk.casework.intake.ReferralRecordService referralRecords() {
        return referralRecords;
    }

    /** {@code server import}: this (unlocked) vault moved onto a shared server (decision 0039). */
    public org.maracdesk.security.VaultToServer vaultToServer() {
        return vaultToServer;
    }

    /** The steering group's dashboard by agency and district, in the account's scope (issue 16). */
    public org.maracdesk.exchange.reports.DashboardService dashboard() {
        return dashboard;
    }

    /** Possible duplicate people reviewed and two records of one person merged (issue 14, decision 0040). */
    public org.maracdesk.casework.people.PersonMergeService personMerges() {
        return personMerges;
    }

    private final org.maracdesk.casework.children.ChildRecordService childRecords;

    /** Each child on a case as a record of their own (issue 16, decision 0047). */
    public org.maracdesk.casework.children.ChildRecordService childRecords() {
        return childRecords;
    }

    /** The case hub's reads: referrals, listings, research, actions and who saw a case (decision 0045). */
    public org.maracdesk.casework.hub.CaseHubService caseHub() {
        return caseHub;
    }

    /** "New referral for this victim" from the case hub (issue 14). */
    public org.maracdesk.casework.intake.RepeatReferralStart repeatReferrals() {
        return repeatReferrals;
    }
}
