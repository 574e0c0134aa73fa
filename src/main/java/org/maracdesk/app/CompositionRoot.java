package org.maracdesk.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.maracdesk.app.common.PersistenceUnits;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.intake.ReferralDecisionService;
import org.maracdesk.casework.intake.ReferralDraftService;
import org.maracdesk.casework.retention.RetentionService;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskThresholds;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.AuditTrail;
import org.maracdesk.security.BackupAdministration;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.security.UnlockThrottle;
import org.maracdesk.store.AutoBackup;
import org.maracdesk.store.Vault;
import org.maracdesk.ui.AppWindow;
import org.maracdesk.ui.admin.AccountsView;
import org.maracdesk.ui.admin.AccountsViewModel;
import org.maracdesk.ui.admin.AdministrationView;
import org.maracdesk.ui.admin.AuditView;
import org.maracdesk.ui.admin.AuditViewModel;
import org.maracdesk.ui.admin.BackupsView;
import org.maracdesk.ui.admin.BackupsViewModel;
import org.maracdesk.ui.admin.RetentionView;
import org.maracdesk.ui.admin.RetentionViewModel;
import org.maracdesk.ui.cases.CaseListView;
import org.maracdesk.ui.cases.CaseListViewModel;
import org.maracdesk.ui.caseview.CaseDetailView;
import org.maracdesk.ui.caseview.CaseDetailViewModel;
import org.maracdesk.ui.common.ErrorDialog;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.FxTaskExecutor;
import org.maracdesk.ui.common.IdleLock;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;
import org.maracdesk.ui.common.ViewLoader;
import org.maracdesk.ui.recovery.RecoveryKeyView;
import org.maracdesk.ui.recovery.RecoveryKeyViewModel;
import org.maracdesk.ui.referrals.ReferralFormViewModel;
import org.maracdesk.ui.referrals.ReferralsArea;
import org.maracdesk.ui.setup.SetupView;
import org.maracdesk.ui.setup.SetupViewModel;
import org.maracdesk.ui.shell.MainView;
import org.maracdesk.ui.shell.MainViewModel;
import org.maracdesk.ui.shell.NavArea;
import org.maracdesk.ui.unlock.UnlockView;
import org.maracdesk.ui.unlock.UnlockViewModel;

/**
 * Builds every service and view by constructor and wires the screens together. The only
 * place that knows all the parts; nothing else looks anything up.
 */
public final class CompositionRoot {
    private final AppConfig config;
    private final Messages messages = new Messages(Locale.getDefault());
    private final ExecutorService warmUpThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "marac-warm-up");
        t.setDaemon(true);
        return t;
    });
    private final TaskExecutor executor;
    private final SessionManager sessions;
    private final CaseQueryService caseQueries;
    private final CaseViewService caseViews;
    private final MeetingServices meetings;
    private final UnlockThrottle throttle = new UnlockThrottle(Clock.systemUTC());
    private final AutoBackup autoBackup = new AutoBackup(Clock.systemDefaultZone());
    private final ViewLoader views = new ViewLoader(messages);
    private AppWindow window;
    private ErrorHandler errors;
    private IdleLock idleLock;
    private org.maracdesk.ui.exports.ExportDialogs exportDialogs;
    private javafx.stage.Stage findStage;

    public CompositionRoot(AppConfig config, TaskExecutor executor) {
        this.config = config;
        this.executor = executor;
        this.sessions = new SessionManager(config.vaultDir(), new Vault(new SecureRandom()),
                PersistenceUnits.all(), warmUpThread, new AccountService(Clock.systemUTC()),
                new AuditLog(Clock.systemUTC()));
        this.caseQueries = new CaseQueryService(sessions, sessions, sessions.audit());
        this.caseViews = new CaseViewService(sessions, sessions, sessions.audit());
        this.meetings = new MeetingServices(sessions, Clock.systemDefaultZone());
    }

    public SessionManager sessions() {
        return sessions;
    }

    public void start(Stage stage) {
        sessions.warmUp();
        window = new AppWindow(stage, messages);
        errors = new ErrorDialog(messages, () -> window.stage(), Version.current());
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> javafx.application.Platform.runLater(() -> errors.report(e)));
        idleLock = new IdleLock(config.idleLock(), this::lock);
        idleLock.watch(window.scene());
        if (sessions.vaultExists()) {
            showUnlock(config.prefillUsername() != null ? config.prefillUsername() : sessions.soleUsername().orElse(null));
        } else {
            showSetup();
        }
        stage.show();
    }

    private void showSetup() {
        SetupViewModel vm = new SetupViewModel(sessions, executor, errors, messages, this::showRecoveryKey);
        window.showWelcome(views.load("SetupView", new SetupView(vm, messages)));
    }

    private void showRecoveryKey(SessionManager.NewVault created) {
        RecoveryKeyViewModel vm = new RecoveryKeyViewModel(created.recoveryKey(), () -> showMain(created.account()));
        window.showWelcome(views.load("RecoveryKeyView", new RecoveryKeyView(vm)));
    }

    private void showUnlock(String username) {
        throttle.resumeFrom(sessions.unlockAttempts());
        UnlockViewModel vm = new UnlockViewModel(sessions, throttle, executor, errors, messages, this::showMain);
        if (username != null) {
            vm.usernameProperty().set(username);
        }
        window.showWelcome(views.load("UnlockView", new UnlockView(vm, messages)));
    }

    private void showMain(AccountInfo account) {
        MainViewModel vm = new MainViewModel(account, messages, this::lock, sessions.lastAuditReport().orElse(null));
        exportDialogs = new org.maracdesk.ui.exports.ExportDialogs(exportService(),
                new org.maracdesk.exchange.exports.ExportChoices(sessions, sessions), account, executor, errors,
                messages, views, () -> window.stage());
        MainView view = new MainView(vm, messages, this::areaView);
        Parent root = views.load("MainView", view);
        window.showMain(root, view, this::lock, () -> findPerson(view));
        idleLock.start();
        executor.execute(() -> autoBackup.runIfDue(sessions.store()), made -> { }, errors::report);
    }

    /** Ctrl+F: "is this person known?" in a small window; opening a hit shows its case in the main window. */
    private void findPerson(MainView main) {
        if (findStage != null) {
            findStage.close();
        }
        javafx.stage.Stage stage = new javafx.stage.Stage();
        findStage = stage;
        stage.initOwner(window.stage());
        stage.initModality(javafx.stage.Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("main.find"));
        org.maracdesk.ui.search.FindPersonViewModel vm = new org.maracdesk.ui.search.FindPersonViewModel(
                new org.maracdesk.casework.search.PersonSearchService(sessions, sessions, sessions.audit(),
                        new org.maracdesk.casework.PersonMatchService(sessions)), executor, errors, messages,
                caseId -> main.showDetail(caseDetail(caseId, main::showArea)));
        stage.setScene(new javafx.scene.Scene(views.load("FindPersonView",
                new org.maracdesk.ui.search.FindPersonView(vm, stage::close))));
        stage.getScene().getStylesheets().setAll(window.scene().getStylesheets());
        stage.show();
    }

    private Parent areaView(NavArea area) {
        return switch (area) {
            case REFERRALS -> referralsArea();
            case CASES -> casesArea();
            case MEETINGS -> meetings.view(views, messages, executor, errors, sessions.current());
            case ACTIONS -> actionsView();
            case REPORTS -> reportsView();
            case ADMINISTRATION -> administrationView();
        };
    }

    private Parent casesArea() {
        CaseListViewModel vm = new CaseListViewModel(caseQueries, executor, errors, messages,
                PermissionMatrix.allows(sessions.current().role(), Permission.VIEW_ALL_CASES));
        Parent list = views.load("CaseListView", new CaseListView(vm, messages));
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(list);
        vm.setOnOpen(c -> holder.getChildren().setAll(caseDetail(c.id(), () -> {
            holder.getChildren().setAll(list);
            list.lookup(".table-view").requestFocus();
        })));
        return holder;
    }

    /** Only the tabs the role may use; each service checks its permission again. */
    private Parent administrationView() {
        Role role = sessions.current().role();
        java.util.Map<String, Parent> tabs = new java.util.LinkedHashMap<>();
        AccountAdministration accounts = new AccountAdministration(sessions, new AccountService(Clock.systemUTC()));
        if (accounts.mayManage()) {
            tabs.put("admin.tab.accounts", views.load("AccountsView", new AccountsView(
                    new AccountsViewModel(accounts, executor, errors, messages), messages)));
        }
        if (PermissionMatrix.allows(role, Permission.VIEW_AUDIT)) {
            tabs.put("admin.tab.audit", views.load("AuditView", new AuditView(new AuditViewModel(
                    new AuditTrail(sessions, sessions), sessions::verifyAudit,
                    PermissionMatrix.allows(role, Permission.VERIFY_AUDIT), executor, errors, messages), messages)));
        }
        if (PermissionMatrix.allows(role, Permission.BACKUP_RESTORE)) {
            tabs.put("admin.tab.backups", views.load("BackupsView", new BackupsView(
                    new BackupsViewModel(new BackupAdministration(sessions), executor, errors, messages), messages)));
        }
        if (PermissionMatrix.allows(role, Permission.MANAGE_RETENTION)) {
            tabs.put("admin.tab.retention", views.load("RetentionView", new RetentionView(new RetentionViewModel(
                    new RetentionService(sessions, Clock.systemDefaultZone()), executor, errors, messages), messages)));
        }
        return views.load("AdministrationView", new AdministrationView(messages, tabs));
    }

    private Parent caseDetail(long caseId, Runnable back) {
        CaseDetailViewModel vm = new CaseDetailViewModel(caseViews, executor, errors, messages, back);
        org.maracdesk.ui.caseview.SharingListViewModel sharing = PermissionMatrix.allows(sessions.current().role(),
                Permission.DECIDE_REFERRALS) ? new org.maracdesk.ui.caseview.SharingListViewModel(
                new org.maracdesk.casework.intake.MustNotReceiveService(sessions, sessions, sessions.audit(),
                        Clock.systemDefaultZone()), executor, errors, messages) : null;
        Parent view = views.load("CaseDetailView", new CaseDetailView(vm, sharing, messages));
        vm.open(caseId);
        return view;
    }

    private Parent referralsArea() {
        Clock clock = Clock.systemDefaultZone();
        InstrumentRegistry instruments = new InstrumentRegistry();
        RiskThresholds thresholds = RiskThresholds.defaults();
        ReferralDraftService drafts = new ReferralDraftService(sessions, sessions, sessions.audit(), instruments,
                thresholds, clock);
        ReferralDecisionService decisions = new ReferralDecisionService(sessions, sessions, sessions.audit(),
                instruments, thresholds, clock);
        return new ReferralsArea(views, messages, drafts, executor, errors, () -> new ReferralFormViewModel(drafts,
                decisions, executor, errors, messages, instruments, thresholds, clock, meetings::listAccepted)).root();
    }

    private Parent actionsView() {
        org.maracdesk.ui.actions.ActionsViewModel vm = new org.maracdesk.ui.actions.ActionsViewModel(
                new org.maracdesk.casework.actions.ActionTrackingService(sessions, sessions, sessions.audit(),
                        Clock.systemDefaultZone()),
                org.maracdesk.ui.actions.ActionsAccess.of(sessions.current().role()), executor, errors, messages);
        org.maracdesk.ui.exports.ExportDialogs d = exportDialogs;
        return views.load("ActionsView", new org.maracdesk.ui.actions.ActionsView(vm, messages,
                d.mayExportActionSummary() ? row -> d.caseSummary(row.caseReference()) : null));
    }

    private Parent reportsView() {
        org.maracdesk.ui.exports.ExportDialogs d = exportDialogs;
        boolean figures = PermissionMatrix.allows(sessions.current().role(), Permission.PRODUCE_DATA_RETURN);
        org.maracdesk.ui.reports.ReportsViewModel vm = figures ? new org.maracdesk.ui.reports.ReportsViewModel(
                new org.maracdesk.exchange.reports.ReportService(sessions, sessions, Clock.systemDefaultZone()),
                exportService(), executor, errors, messages, java.time.LocalDate.now()) : null;
        return views.load("ReportsView", new org.maracdesk.ui.reports.ReportsView(vm, messages,
                new org.maracdesk.ui.reports.ReportExports(d.mayExportMinutes() ? d::minutes : null,
                        d.mayExportActionSummary() ? d::caseloadSummary : null,
                        d.mayExportDataReturn() ? d::dataReturn : null)));
    }

    /** Minutes read the meeting record (sign-in, safety plans), as in the export commands. */
    private org.maracdesk.exchange.exports.ExportService exportService() {
        SecureRandom random = new SecureRandom();
        return new org.maracdesk.exchange.exports.ExportService(sessions,
                new org.maracdesk.security.PassphraseConfirmation(sessions, random),
                new org.maracdesk.exchange.exports.MinutesQuery(new org.maracdesk.exchange.exports.MeetingTablesRecordSource()),
                new org.maracdesk.exchange.exports.ExportFiles(random),
                new org.maracdesk.security.ExportPassphrases(random), Clock.systemUTC());
    }

    /** Drops the case screens at once, then closes the store and wipes keys in the background. */
    public void lock() {
        idleLock.stop();
        org.maracdesk.ui.common.SecretClipboard.clear();
        if (exportDialogs != null) {
            exportDialogs.closeAll();
        }
        if (findStage != null) {
            findStage.close();
            findStage = null;
        }
        String user = sessions.account().map(AccountInfo::username).orElse(config.prefillUsername());
        showUnlock(user);
        executor.execute(() -> {
            sessions.lock();
            sessions.warmUp();
            return null;
        }, done -> { }, errors::report);
    }

    /** On exit: close the store so everything is flushed, then let background threads finish. */
    public void stop() {
        sessions.lock();
        executor.shutdown();
        warmUpThread.shutdown();
    }

    public static CompositionRoot withFxExecutor(AppConfig config) {
        return new CompositionRoot(config, new FxTaskExecutor());
    }
}
