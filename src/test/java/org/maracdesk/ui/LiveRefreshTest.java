package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.actions.ActionChange;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.live.ChangeKind;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.casework.meetings.ResearchField;
import org.maracdesk.casework.meetings.ResearchItem;
import org.maracdesk.security.Role;
import org.maracdesk.testdata.SharedServer;
import org.maracdesk.ui.actions.ActionsAccess;
import org.maracdesk.ui.actions.ActionsViewModel;
import org.maracdesk.ui.common.LiveRefresh;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.meetings.MeetingsViewModel;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live refresh on a real shared server (decision 0038): the coordinator's open lists change when police, at
 * another desk with its own account and connection, updates an action or submits research, without the
 * coordinator reloading anything. Nothing is timed: each test waits for the condition with a generous ceiling.
 * The notices carry a table and an id only; on a vault nothing listens.
 */
class LiveRefreshTest {
    @TempDir
    Path dir;
    private final LocalDate today = LocalDate.now(Clock.systemUTC());
    private final Messages messages = new Messages(Locale.UK);
    /** The coordinator's "FX thread": every load and every refresh of the view models runs here, in order. */
    private final ExecutorService screen = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-screen"));
    private final List<Throwable> failures = new ArrayList<>();
    private SharedServer server;
    private ServicesGraph coordinator;
    private ServicesGraph police;
    private long meeting;
    private long action;
    private MeetingVault data;

    @BeforeEach
    void twoDesksOnOneServer() {
        server = new SharedServer(dir.resolve("server"), "Coordinator", "coordinator", MeetingVault.PASS);
        data = new MeetingVault(server);
        meeting = data.meeting(today.plusDays(10), today.plusDays(3), MeetingStatus.SCHEDULED);
        long aCase = data.acceptedCase(today.minusDays(5), 0);
        action = data.action(meeting, aCase, "Flag the address on the police system");
        coordinator = signedIn("coordinator");
        police = signedIn("police");
    }

    private ServicesGraph signedIn(String user) {
        ServicesGraph graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
        try {
            graph.server().signIn(server.connectionFile(), user, server.passphrase().toCharArray());
        } catch (org.maracdesk.common.WrongCredentialsException e) {
            throw new AssertionError(user + " could not sign in", e);
        }
        return graph;
    }

    @AfterEach
    void signOut() {
        screen.shutdown();
        police.sessions().lock();
        coordinator.sessions().lock();
        server.close();
        assertEquals(List.of(), failures, "failures reported to the error dialog");
    }

    private <T> T onScreen(Callable<T> work) throws Exception {
        return screen.submit(work).get();
    }

    private LiveRefresh live() {
        return new LiveRefresh(coordinator.liveChanges()::subscribe, screen);
    }

    @Test
    void anActionPoliceUpdatesLeavesTheCoordinatorsOpenListWithoutAReload() throws Exception {
        ActionsViewModel vm = new ActionsViewModel(coordinator.actions(), ActionsAccess.of(Role.COORDINATOR),
                new CurrentThreadTaskExecutor(), failures::add, messages);
        ActionRow shown = onScreen(() -> {
            vm.load();
            return vm.rows().stream().filter(r -> r.id() == action).findFirst().orElseThrow();
        });
        assertEquals(ActionStatus.OPEN, shown.status());
        AtomicInteger refreshes = new AtomicInteger();
        try (AutoCloseable following = live().follow(Set.of(ChangeKind.ACTIONS), () -> {
            refreshes.incrementAndGet();
            vm.refresh();
        })) {
            waitUntil(coordinator.liveChanges()::listening, "the coordinator's desk listening");
            police.actions().update(new ActionChange(action, shown.version(), ActionStatus.DONE, today,
                    "Flagged on the police system"));
            waitUntil(() -> onScreen(() -> vm.rows().stream().noneMatch(r -> r.id() == action)),
                    "the done action leaving the coordinator's open list");
        }
        assertTrue(refreshes.get() >= 1);
    }

    @Test
    void researchPoliceSubmitsReachesTheCoordinatorsGridWithoutAReload() throws Exception {
        coordinator.agendas().refresh();
        assertTrue(coordinator.agendas().circulate(meeting) > 0, "research was asked for");
        MeetingsViewModel vm = new MeetingsViewModel(coordinator.agendas(), coordinator.research(),
                coordinator.meetingSetup(), new CurrentThreadTaskExecutor(), failures::add, messages, true, today);
        int before = onScreen(() -> {
            vm.load();
            return vm.gridProperty().get().submitted();
        });
        assertEquals(0, before);
        try (AutoCloseable following = live().follow(Set.of(ChangeKind.RESEARCH, ChangeKind.MEETINGS),
                () -> vm.refresh(() -> { }))) {
            waitUntil(coordinator.liveChanges()::listening, "the coordinator's desk listening");
            ResearchItem request = police.research().myRequests().get(0);
            police.research().save(request.id(), ResearchField.FACTS, "Two call-outs to the address this year.");
            police.research().submit(request.id());
            waitUntil(() -> onScreen(() -> vm.gridProperty().get().submitted() == 1),
                    "police's research counted in the coordinator's grid");
        }
    }

    @Test
    void aCaseAnotherDeskAddsReachesTheCoordinatorsOpenCaseListKeepingTheFilterAndPage() throws Exception {
        org.maracdesk.ui.cases.CaseListViewModel vm = new org.maracdesk.ui.cases.CaseListViewModel(
                coordinator.caseQueries(), new CurrentThreadTaskExecutor(), failures::add, messages, true);
        int before = onScreen(() -> {
            vm.load();
            return vm.rows().size();
        });
        assertTrue(before >= 1, "the coordinator sees the case already there");
        AtomicInteger afterRuns = new AtomicInteger();
        try (AutoCloseable following = live().follow(Set.of(ChangeKind.CASES),
                () -> vm.refresh(afterRuns::incrementAndGet))) {
            waitUntil(coordinator.liveChanges()::listening, "the coordinator's desk listening");
            data.acceptedCase(today.minusDays(1), 0);
            waitUntil(() -> onScreen(() -> vm.rows().size() == before + 1),
                    "the new case in the coordinator's open list");
        }
        assertTrue(afterRuns.get() >= 1, "the view was given its turn to put the selection back");
    }

    @Test
    void aReferralAnotherDeskAddsReachesTheCoordinatorsOpenReferralList() throws Exception {
        org.maracdesk.ui.referrals.ReferralListViewModel vm = new org.maracdesk.ui.referrals.ReferralListViewModel(
                coordinator.referralDrafts(), new CurrentThreadTaskExecutor(), failures::add, messages);
        int before = onScreen(() -> {
            vm.load();
            return vm.rows().size();
        });
        assertTrue(before >= 1, "the coordinator sees the referral already there");
        AtomicInteger afterRuns = new AtomicInteger();
        try (AutoCloseable following = live().follow(Set.of(ChangeKind.CASES),
                () -> vm.load(afterRuns::incrementAndGet))) {
            waitUntil(coordinator.liveChanges()::listening, "the coordinator's desk listening");
            long added = data.acceptedCase(today.minusDays(1), 0);
            String victim = victimOf(added);
            waitUntil(() -> onScreen(() -> vm.rows().stream().anyMatch(r -> victim.equals(r.victimName()))),
                    "the new referral in the coordinator's open referral list");
        }
        assertTrue(afterRuns.get() >= 1, "the view was given its turn to put the selection back");
    }

    @Test
    void aNameCorrectedInThePersonTableAloneReachesTheOpenCaseList() throws Exception {
        long aCase = data.acceptedCase(today.minusDays(2), 0);
        String before = victimOf(aCase);
        org.maracdesk.ui.cases.CaseListViewModel vm = new org.maracdesk.ui.cases.CaseListViewModel(
                coordinator.caseQueries(), new CurrentThreadTaskExecutor(), failures::add, messages, true);
        onScreen(() -> {
            vm.load();
            return null;
        });
        assertTrue(onScreen(() -> shownName(vm, aCase)).contains(before.split(" ")[1]), "the name as it was");
        try (AutoCloseable following = live().follow(Set.of(ChangeKind.CASES), () -> vm.refresh(() -> { }))) {
            waitUntil(coordinator.liveChanges()::listening, "the coordinator's desk listening");
            // Only the person row changes: no case, no referral is touched.
            try (Connection writer = server.superuser(); java.sql.PreparedStatement w = writer.prepareStatement(
                    "update person set family_name = 'Corrected' where id = (select victim_id from marac_case"
                            + " where id = ?)")) {
                w.setLong(1, aCase);
                assertEquals(1, w.executeUpdate());
            }
            waitUntil(() -> onScreen(() -> shownName(vm, aCase).contains("Corrected")),
                    "the corrected name in the coordinator's open case list");
        }
    }

    @Test
    void researchAnotherPoliceDeskSubmitsReachesPolicesOwnListKeepingTheChosenRequest() throws Exception {
        data.list(meeting, data.acceptedCase(today.minusDays(4), 0), 2);
        coordinator.agendas().refresh();
        assertTrue(coordinator.agendas().circulate(meeting) > 0, "research was asked for");
        server.addAccount("police2", "Second Police Desk", Role.AGENCY_REPRESENTATIVE, "police");
        ServicesGraph police2 = signedIn("police2");
        try {
            org.maracdesk.ui.meetings.ResearchEntryViewModel vm = new org.maracdesk.ui.meetings.ResearchEntryViewModel(
                    police.research(), new CurrentThreadTaskExecutor(), failures::add, messages);
            List<ResearchItem> shown = onScreen(() -> {
                vm.load(null);
                return List.copyOf(vm.requests());
            });
            assertTrue(shown.size() >= 2, "police has two requests: " + shown.size());
            ResearchItem chosen = shown.get(1);
            ResearchItem other = shown.get(0);
            onScreen(() -> {
                vm.selectedProperty().set(chosen);
                return null;
            });
            LiveRefresh policeLive = new LiveRefresh(police.liveChanges()::subscribe, screen);
            try (AutoCloseable following = policeLive.follow(Set.of(ChangeKind.RESEARCH), () -> vm.refresh(() -> { }))) {
                waitUntil(police.liveChanges()::listening, "police's desk listening");
                police2.research().save(other.id(), ResearchField.FACTS, "Known to the response team.");
                police2.research().submit(other.id());
                waitUntil(() -> onScreen(() -> vm.requests().stream().anyMatch(r -> r.id() == other.id()
                        && r.submitted())), "the request submitted at the other desk shown as submitted");
            }
            assertEquals(chosen.id(), onScreen(() -> vm.selectedProperty().get().id()),
                    "the request police had chosen is still the one shown");
        } finally {
            police2.sessions().lock();
        }
    }

    private String victimOf(long caseId) throws Exception {
        try (Connection c = server.superuser(); java.sql.PreparedStatement q = c.prepareStatement(
                "select p.given_name || ' ' || p.family_name from person p join marac_case m on m.victim_id = p.id"
                        + " where m.id = ?")) {
            q.setLong(1, caseId);
            try (java.sql.ResultSet r = q.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static String shownName(org.maracdesk.ui.cases.CaseListViewModel vm, long caseId) {
        return vm.rows().stream().filter(r -> r.id() == caseId).map(r -> r.victimName()).findFirst()
                .orElse("(not shown)");
    }

    @Test
    void aNoticeNamesATableAndAnIdAndNothingElse() throws Exception {
        try (Connection listener = server.connectAs("police"); Statement st = listener.createStatement()) {
            st.execute("LISTEN marac_change");
            try (Connection writer = server.superuser(); Statement w = writer.createStatement()) {
                w.executeUpdate("update action_item set description = 'Synthetic words never in a notice' where id = "
                        + action);
            }
            List<String> payloads = new ArrayList<>();
            PGConnection pg = listener.unwrap(PGConnection.class);
            waitUntil(() -> {
                PGNotification[] got = pg.getNotifications(200);
                if (got != null) {
                    for (PGNotification n : got) {
                        payloads.add(n.getParameter());
                    }
                }
                return !payloads.isEmpty();
            }, "the notice");
            assertEquals(List.of("action_item:" + action), payloads);
        }
    }

    @Test
    void onAVaultNothingListens() throws Exception {
        ServicesGraph vault = CliVault.servicesFor(dir.resolve("vault"));
        vault.sessions().createVault("Vera Vault", "vera", Role.COORDINATOR, MeetingVault.PASS.toCharArray());
        long feedsBefore = feedThreads();
        try (AutoCloseable following = vault.liveChanges().subscribe(Set.of(ChangeKind.values()), () -> {
            throw new AssertionError("a vault has no other desks");
        })) {
            assertFalse(vault.liveChanges().listening(), "standalone mode starts no feed");
            assertTrue(feedThreads() <= feedsBefore, "no listening thread was started for the vault");
        } finally {
            vault.sessions().lock();
        }
    }

    private static long feedThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("marac-change-feed")).count();
    }
}
