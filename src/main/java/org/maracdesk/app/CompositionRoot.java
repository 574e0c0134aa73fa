package org.maracdesk.app;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.SessionManager;
import org.maracdesk.security.UnlockThrottle;
import org.maracdesk.ui.AppWindow;
import org.maracdesk.ui.DeskShell;
import org.maracdesk.ui.account.OwnPassphraseDialog;
import org.maracdesk.ui.DisplayControl;
import org.maracdesk.ui.common.DisplaySettingsFile;
import org.maracdesk.ui.shell.HelpWindows;
import org.maracdesk.ui.actions.ActionsArea;
import org.maracdesk.ui.admin.AdministrationArea;
import org.maracdesk.ui.cases.CasesArea;
import org.maracdesk.ui.common.ErrorDialog;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Fxml;
import org.maracdesk.ui.common.FxTaskExecutor;
import org.maracdesk.ui.common.IdleLock;
import org.maracdesk.ui.common.LockAsk;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.SecretClipboard;
import org.maracdesk.ui.common.TaskExecutor;
import org.maracdesk.ui.common.ViewLoader;
import org.maracdesk.ui.common.WindowPlacementFile;
import org.maracdesk.ui.exports.ExportDialogs;
import org.maracdesk.ui.meetings.MeetingsArea;
import org.maracdesk.ui.recovery.RecoveryKeyView;
import org.maracdesk.ui.recovery.RecoveryKeyViewModel;
import org.maracdesk.ui.referrals.ReferralFormViewModel;
import org.maracdesk.ui.referrals.ReferralsArea;
import org.maracdesk.ui.reports.ReportsArea;
import org.maracdesk.ui.setup.SetupView;
import org.maracdesk.ui.setup.SetupViewModel;
import org.maracdesk.ui.shell.MainView;
import org.maracdesk.ui.shell.MainViewModel;
import org.maracdesk.ui.shell.NavArea;
import org.maracdesk.ui.unlock.UnlockView;
import org.maracdesk.ui.unlock.UnlockViewModel;

/**
 * The window's composition root: takes every service from the one {@link ServicesGraph} (built here,
 * with the one clock, for the application's life) and hands them by constructor to the screens and to
 * the per-area factories in {@code ui}. The only place that knows all the parts; nothing looks anything up.
 */
public final class CompositionRoot {
    private final AppConfig config;
    private final Messages messages = new Messages(Locale.getDefault());
    /** Set to {@code first-frame} by scripts/package's training start (AppCDS): quit after the first frame. */
    public static final String TRAINING_PROPERTY = "maracdesk.training";
    private final ExecutorService warmUpThread;
    private final BackupWorker backups = new BackupWorker();
    /** The whole audit check after each unlock (decision 0082): its own thread, so the screens' work does not wait. */
    private final TaskExecutor trailCheck = new FxTaskExecutor();
    private final TaskExecutor executor;
    private final org.maracdesk.ui.common.ServerLink serverLink;
    private final Clock clock;
    /** The services graph; at start it may still be building while the unlock form is on screen (decision 0055). */
    private final GraphStart graph;
    private final UnlockThrottle throttle;
    private final ViewLoader views = new ViewLoader(messages);
    private AppWindow window;
    private ErrorHandler errors;
    private IdleLock idleLock;
    private Areas areas;
    private ExportDialogs exportDialogs;
    private javafx.stage.Stage findStage;
    private DisplayControl display;
    private org.maracdesk.ui.common.MnemonicKeys mnemonicKeys;
    private HelpWindows help;
    private MainView mainView;
    private org.maracdesk.ui.common.RememberedServerFile rememberedServer;
    /** The connection file of the shared server signed in to (or last offered); null on the local vault. */
    private java.nio.file.Path connectedServer;

    /** The area factories; they need the error handler, which needs the window. */
    private record Areas(CasesArea cases, MeetingsArea meetings, ActionsArea actions, ReportsArea reports,
                         AdministrationArea administration) {
    }

    public CompositionRoot(AppConfig config, TaskExecutor executor, Clock clock) {
        this(config, executor, clock, WarmUpThread.create());
    }

    private CompositionRoot(AppConfig config, TaskExecutor executor, Clock clock, ExecutorService warmUp) {
        this(config, executor, clock, GraphStart.built(new ServicesGraph(config.vaultDir(), warmUp, clock)), warmUp);
    }

    private CompositionRoot(AppConfig config, TaskExecutor executor, Clock clock, GraphStart graph,
                            ExecutorService warmUp) {
        this.config = config;
        this.serverLink = new org.maracdesk.ui.common.ServerLink(clock, ServerProbe.every(), Platform::runLater);
        this.executor = serverLink.wrap(executor);
        this.clock = clock;
        this.warmUpThread = warmUp;
        this.graph = graph;
        this.throttle = new UnlockThrottle(clock);
    }

    /**
     * The composition root of a window start: its services graph is built on a thread of its own,
     * begun after the first frame (or sooner if something needs it), while the user types the
     * passphrase on the unlock form, which is shown without waiting for it (issue 18, decision 0055).
     */
    public static java.util.function.Supplier<CompositionRoot> startBuilding(AppConfig config) {
        Clock clock = Clock.systemDefaultZone();
        ExecutorService warmUp = WarmUpThread.create();
        GraphStart graph = new GraphStart(() -> new ServicesGraph(config.vaultDir(), warmUp, clock));
        return () -> new CompositionRoot(config, new FxTaskExecutor(), clock, graph, warmUp);
    }

    /** The session manager; waits for the services graph if it is still being built. */
    public SessionManager sessions() {
        return services().sessions();
    }

    /** The services graph; waits for it if it is still being built (a failure to build it is thrown here). */
    public ServicesGraph services() {
        return graph.join();
    }

    public void start(Stage stage) {
        window = new AppWindow(stage, messages, config.windowFile() == null ? WindowPlacementFile.none()
                : new WindowPlacementFile(config.windowFile()));
        display = new DisplayControl(DisplaySettingsFile.besides(config.windowFile()));
        display.apply(window.scene());
        mnemonicKeys = org.maracdesk.ui.common.MnemonicKeys.followWindows();
        help = new HelpWindows(messages, () -> window.stage(), Version.current(),
                () -> display.settingsProperty().get().textScale());
        errors = new ErrorDialog(messages, () -> window.stage(), Version.current(), clock);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> errors.report(e)));
        idleLock = new IdleLock(config.idleLock(), this::lock).heldBy(serverLink);
        idleLock.watch(window.scene());
        rememberedServer = org.maracdesk.ui.common.RememberedServerFile.besides(config.windowFile());
        if (config.serverFile() != null) {
            showConnect(config.serverFile(), null);
        } else {
            showLocal();
        }
        stage.show();
        afterFirstFrame(window.scene(), () -> {
            graph.begin(); // not before: on two cores it would slow the first frame down (decision 0055)
            graph.future().thenAccept(g -> {
                g.sessions().warmUp();
                warmUpThread.execute(() -> g.instruments().ids()); // read on first use, so read them now
                if ("first-frame".equals(System.getProperty(TRAINING_PROPERTY))) {
                    // scripts/package's CDS training start: quit after the ORM warm-up, so the archive holds it too
                    warmUpThread.execute(Platform::exit);
                }
            });
        });
    }

    /**
     * Runs {@code work} once the scene's first layout pulse is done, so that the ORM warm-up (decision
     * 0004) does not compete with the first frame for the processor (issue 18, docs/performance.md).
     */
    private static void afterFirstFrame(javafx.scene.Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private Areas areas() {
        ServicesGraph s = services();
        // Other desks' changes on a shared server reach open lists on the FX thread (decision 0038).
        org.maracdesk.ui.common.LiveRefresh live = new org.maracdesk.ui.common.LiveRefresh(s.liveChanges()::subscribe,
                Platform::runLater);
        return new Areas(
                new CasesArea(s.caseQueries(), s.caseViews(), s.mustNotReceive(), s.safeContacts(), s.caseClosures(),
                        s.personCorrections(), views, messages,
                        executor, errors, s.personMerges()).following(live).withChildren(s.childRecords())
                        .withProfessionalsMeetings(s.professionalsMeetings()).withTransfers(s.transfers())
                        .withHub(caseHub()),
                new MeetingsArea(new MeetingsArea.Services(s.agendas(), s.research(), s.meetingSetup(),
                        s.meetingRecords(), s.actionCorrections(), s.meetingCorrections(), s.agendaCorrections(),
                        s.crimes(), s.minutesCopies(), s.proposals()), views,
                        messages, executor, errors, clock, live),
                new ActionsArea(s.actions(), s.actionCorrections(), views, messages, executor, errors, live),
                new ReportsArea(s.reports(), s.dashboard(), s.exports(), views, messages, executor, errors, clock),
                new AdministrationArea(new AdministrationArea.Services(s.accounts(), s.auditTrail(),
                        s.maintenance()::verifyAudit, s.backups(), s.retention(), s.actionTypes(), s.localSettings(),
                        s.trackerMigration(), s.signOffRule()), views, messages, executor, errors,
                        clock));
    }

    /** What the case hub's sections and commands use (decision 0045). */
    private org.maracdesk.ui.caseview.CaseHub.Services caseHub() {
        ServicesGraph s = services();
        return new org.maracdesk.ui.caseview.CaseHub.Services(s.caseHub(), s.actions(), s.actionCorrections(),
                (owner, referral) -> referralRecordDialog().show(owner, referral), r -> exportDialogs.caseSummary(r),
                s.personMerges(), s.repeatReferrals(),
                new org.maracdesk.ui.referrals.RepeatReferralForms(views, messages, this::referralForm)::open,
                (meeting, date) -> areas.meetings().showNext(meeting, date, () -> mainView.open(NavArea.MEETINGS)),
                r -> exportDialogs.victimLetter(r));
    }

    /** A new referral form; one accepted on it is listed on its next meeting at once. */
    private ReferralFormViewModel referralForm() {
        ServicesGraph s = services();
        return new ReferralFormViewModel(s.referralDrafts(), s.referralDecisions(), executor, errors, messages,
                s.instruments(), s.localSettings(), clock, s.agendas()::refresh);
    }

    /** The local vault: its unlock screen, or first-run set-up when there is none. */
    private void showLocal() {
        connectedServer = null;
        // The folder is looked at directly: the form need not wait for the services graph (decision 0055).
        if (graph.isDone() ? sessions().vaultExists() : org.maracdesk.store.Vault.exists(config.vaultDir())) {
            showUnlock(config.prefillUsername());
        } else {
            showSetup();
        }
    }

    private void showSetup() {
        SetupViewModel vm = new SetupViewModel(sessions(), executor, errors, messages, this::showRecoveryKey);
        window.showWelcome(views.load(Fxml.SETUP_VIEW, new SetupView(vm, messages, this::offerServer)));
    }

    /** "Connect to a shared server" from the set-up or unlock screen, with the file remembered if any. */
    private void offerServer() {
        showConnect(rememberedServer.load().orElse(null), null);
    }

    /** The shared server's sign-in (decision 0038); "use a local vault instead" forgets the server. */
    private void showConnect(java.nio.file.Path file, String username) {
        connectedServer = file;
        org.maracdesk.ui.connect.ConnectViewModel vm = new org.maracdesk.ui.connect.ConnectViewModel(services().server(),
                executor, errors, messages, rememberedServer::remember, (connected, account) -> {
                    connectedServer = connected;
                    showMain(account);
                });
        vm.connectionFileProperty().set(file == null ? "" : file.toString());
        vm.usernameProperty().set(username == null ? "" : username);
        window.showWelcome(views.load(Fxml.CONNECT_VIEW, new org.maracdesk.ui.connect.ConnectView(vm, messages, () -> {
            rememberedServer.forget();
            showLocal();
        })));
    }

    private void showRecoveryKey(SessionManager.NewVault created) {
        RecoveryKeyViewModel vm = new RecoveryKeyViewModel(created.recoveryKey(), () -> showMain(created.account()));
        window.showWelcome(views.load(Fxml.RECOVERY_KEY_VIEW, new RecoveryKeyView(vm)));
    }

    /** The unlock form, shown at once; {@link UnlockForm} fills in what the services graph knows when it has it. */
    private void showUnlock(String username) {
        UnlockViewModel vm = UnlockForm.viewModel(graph.future(), config.vaultDir(), username, throttle,
                new UnlockForm.Parts(executor, errors, messages, this::showMain));
        window.showWelcome(new UnlockView(vm, messages, this::offerServer).root());
    }

    private void showMain(AccountInfo account) {
        if (areas == null) {
            areas = areas(); // the areas' factories are needed only once signed in
        }
        Runnable asked = LockAsk.askingFirst(serverLink, messages, window::stage, this::lock); // decision 0058
        MainViewModel vm = new MainViewModel(account, messages, asked, sessions().lastAuditReport().orElse(null));
        exportDialogs = new ExportDialogs(services().exports(), services().exportChoices(), services().minutesCopies(), account, executor, errors,
                messages, views, () -> window.stage(), clock);
        MainView view = new MainView(vm, messages, this::areaView,
                new DeskShell(window, display, help, asked, () -> findPerson(mainView),
                        () -> OwnPassphraseDialog.open(window.stage(), sessions(), executor, errors, messages)))
                .showing(new org.maracdesk.ui.shell.ServerLinkBar(serverLink, messages, clock.getZone()));
        mainView = view;
        window.showMain(views.load(Fxml.MAIN_VIEW, view));
        idleLock.start();
        if (connectedServer != null) {
            serverLink.start(new ServerProbe(sessions()));
        } else {
            // its own thread: at 100,000 cases a backup takes minutes, and the screens must not wait for it
            backups.start(() -> sessions().whileStoreStaysOpen(store -> services().autoBackup().runIfDue(store)),
                    errors::report);
        }
        // The unlock or sign-in checked the audit chain from its anchor or the server's checkpoint; the whole chain
        // now, a lock waiting for it (decisions 0082, 0084).
        vm.checkWholeTrail(trailCheck,
                () -> sessions().whileStoreStaysOpen(open -> services().maintenance().verifyWholeTrail()));
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
        AccountInfo who = sessions().current();
        org.maracdesk.ui.search.FindPersonViewModel vm = new org.maracdesk.ui.search.FindPersonViewModel(
                services().personSearch(), executor, errors, messages,
                caseId -> main.showDetail(areas.cases().caseDetail(who, caseId, main::showArea)));
        stage.setScene(new javafx.scene.Scene(views.load(Fxml.FIND_PERSON_VIEW,
                new org.maracdesk.ui.search.FindPersonView(vm, stage::close))));
        display.apply(stage.getScene());
        stage.show();
    }

    private Parent areaView(NavArea area) {
        AccountInfo who = sessions().current();
        return switch (area) {
            case REFERRALS -> referralsArea();
            case CASES -> areas.cases().view(who);
            case MEETINGS -> areas.meetings().view(who);
            case ACTIONS -> areas.actions().view(who, exportDialogs);
            case REPORTS -> areas.reports().view(who, exportDialogs, caseId -> mainView.showDetail(
                    areas.cases().caseDetail(who, caseId, mainView::showArea)));
            case ADMINISTRATION -> areas.administration().view(who);
        };
    }

    /** A referral accepted on the form is listed on its next meeting at once. */
    private Parent referralsArea() {
        ServicesGraph s = services();
        return new ReferralsArea(views, messages, s.referralDrafts(), executor, errors, this::referralForm).withRecords(this::referralRecordDialog).withImports(importsAllowed() ? done -> new org.maracdesk.ui.referrals
                .ReferralImportViewModel(new org.maracdesk.exchange.referrals.ReferralImporter(s.referralIntake()),
                        () -> s.sessions().current().username(), executor, errors, messages, Platform::runLater, done)
                : null).following(new org.maracdesk.ui.common.LiveRefresh(s.liveChanges()::subscribe, Platform::runLater))
                .root();
    }

    /** A decided referral in full, with the coordinator's corrections (the Referrals area and the case hub). */
    private org.maracdesk.ui.referrals.ReferralRecordDialog referralRecordDialog() {
        ServicesGraph s = services();
        return new org.maracdesk.ui.referrals.ReferralRecordDialog(new org.maracdesk.ui.referrals.ReferralRecordViewModel(
                s.referralRecords(), s.personCorrections(), executor, errors, messages, s.sessions().account()
                .map(a -> org.maracdesk.security.PermissionMatrix.allows(a.role(),
                        org.maracdesk.security.Permission.DECIDE_REFERRALS)).orElse(false)),
                messages, s.instruments()::find);
    }

    /** Importing referrals (the window's and the command line's) is for those with the import permission. */
    private boolean importsAllowed() {
        return services().sessions().account().map(a -> org.maracdesk.security.PermissionMatrix.allows(a.role(),
                org.maracdesk.security.Permission.IMPORT_REFERRALS)).orElse(false);
    }

    /** Drops the case screens at once, then closes the store and wipes keys in the background. */
    public void lock() {
        idleLock.stop();
        serverLink.stop();
        SecretClipboard.clear();
        if (exportDialogs != null) {
            exportDialogs.closeAll();
        }
        if (findStage != null) {
            findStage.close();
            findStage = null;
        }
        help.closeAll();
        String user = sessions().account().map(AccountInfo::username).orElse(config.prefillUsername());
        if (connectedServer != null) {
            showConnect(connectedServer, user);
        } else {
            showUnlock(user);
        }
        executor.execute(() -> {
            sessions().lock();
            sessions().warmUp();
            return null;
        }, done -> { }, errors::report);
    }

    /** On exit: close the store so everything is flushed, then let background threads finish. */
    public void stop() {
        if (window != null) {
            window.savePlacement();
            display.close();
            mnemonicKeys.close();
        }
        serverLink.stop();
        if (graph.isDone() && !graph.future().isCompletedExceptionally()) {
            sessions().lockAtExit(); // a graph still building has opened nothing
        }
        executor.shutdown();
        backups.shutdown();
        trailCheck.shutdown();
        warmUpThread.shutdown();
    }

    /** The window's wiring: the FX task executor and the system clock in the default time zone. */
    public static CompositionRoot withFxExecutor(AppConfig config) {
        return new CompositionRoot(config, new FxTaskExecutor(), Clock.systemDefaultZone());
    }
}
