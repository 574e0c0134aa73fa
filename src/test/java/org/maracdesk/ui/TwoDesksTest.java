package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.PersonDetailsLine;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.casework.settings.SettingsChange;
import org.maracdesk.casework.settings.SettingsVersion;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.risk.RiskThresholds;
import org.maracdesk.security.Role;
import org.maracdesk.testdata.SharedServer;
import org.maracdesk.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two desks on one real shared server, in one JVM (issue 13, decisions 0050 and 0051): desk A is the window, the
 * coordinator signed in through the connect screen; desk B is a second services graph, a second coordinator with
 * its own account and connection. Desk B corrects a victim's name and desk A's open case list shows it without a
 * reload; then both change the local settings from the same version, desk B first: desk A's save is refused with
 * desk B's name and time, the form keeps what A typed, and "Re-apply my change" puts it on top of B's version for
 * A to save again. Nothing is timed: every step waits for its condition with a generous ceiling.
 * With {@code -Dmarac.shots=DIR} (and a headless screen of 1366x768, see {@link #start}) the lost-race screen is
 * written there as a PNG, for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class TwoDesksTest {
    private static final LocalDate TODAY = LocalDate.now(Clock.systemUTC());
    @TempDir
    Path temp;
    private CompositionRoot root;
    private SharedServer server;
    private long aCase;
    private long meeting;
    private MeetingVault data;
    private Stage window;

    @Start
    void start(Stage stage) {
        server = new SharedServer(temp.resolve("server"), "Coordinator", "coordinator", MeetingVault.PASS);
        data = new MeetingVault(server);
        meeting = data.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        aCase = data.acceptedCase(TODAY.minusDays(5), 0);
        server.addAccount("deskb", "Desk B Coordinator", Role.COORDINATOR, null);
        root = CompositionRoot.withFxExecutor(new AppConfig(temp.resolve("no-vault-here"), false, null,
                Duration.ofMinutes(5), temp.resolve("config").resolve("window.properties")));
        root.start(stage);
        if (System.getProperty("marac.shots") != null) {
            // Monocle's headless screen must be as large: -Dtestfx.jvm.args="… -Dheadless.geometry=1366x768-32"
            stage.setWidth(1366);
            stage.setHeight(768);
        }
        window = stage;
    }

    @Stop
    void stop() {
        root.stop();
        server.close();
    }

    private ServicesGraph deskB() {
        return desk("deskb");
    }

    private ServicesGraph desk(String user) {
        ServicesGraph graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
        try {
            graph.server().signIn(server.connectionFile(), user, MeetingVault.PASS.toCharArray());
        } catch (WrongCredentialsException e) {
            throw new AssertionError("desk B could not sign in", e);
        }
        return graph;
    }

    private void connect(FxRobot robot, String user) {
        waitFor(robot, "#displayNameField");
        robot.clickOn("#serverButton");
        waitFor(robot, "#connectButton");
        robot.clickOn("#fileField").write(server.connectionFile().toString());
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.TAB);
        robot.write(user);
        key(robot, KeyCode.TAB);
        robot.write(MeetingVault.PASS);
        key(robot, KeyCode.ENTER);
    }

    @Test
    void policesOwnResearchListFollowsAnotherPoliceDeskKeepingTheRequestAndTheTyping(FxRobot robot) throws Exception {
        data.list(meeting, data.acceptedCase(TODAY.minusDays(4), 0), 2);
        server.addAccount("police2", "Second Police Desk", Role.AGENCY_REPRESENTATIVE, "police");
        ServicesGraph coordinator = deskB();
        try {
            coordinator.agendas().refresh();
            assertTrue(coordinator.agendas().circulate(meeting) > 0, "research asked for");
        } finally {
            coordinator.sessions().lock();
        }
        connect(robot, "police");
        waitFor(robot, "#table");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        javafx.scene.control.ListView<org.maracdesk.casework.meetings.ResearchItem> requests =
                waitFor(robot, "#requestList");
        waitUntil(() -> requests.getItems().size() >= 2, "police's two requests");
        waitUntil(root.services().liveChanges()::listening, "the police window listening");
        robot.interact(() -> requests.getSelectionModel().select(1));
        long chosen = requests.getItems().get(1).id();
        long other = requests.getItems().get(0).id();
        javafx.scene.control.TextArea facts = robot.lookup("#factsArea").queryAs(javafx.scene.control.TextArea.class);
        robot.clickOn(facts).write("Typed at this desk while another desk worked");

        ServicesGraph police2 = desk("police2");
        try {
            police2.research().save(other, org.maracdesk.casework.meetings.ResearchField.FACTS,
                    "Entered at the second police desk.");
            police2.research().submit(other);
            waitUntil(() -> requests.getItems().stream().anyMatch(r -> r.id() == other && r.submitted()),
                    "the request the other desk submitted shown as submitted, without a reload");
            WaitForAsyncUtils.waitForFxEvents();
            // Read on the FX thread, after the reload has put its rows in and its selection back.
            assertEquals(chosen, (long) WaitForAsyncUtils.asyncFx(
                    (java.util.concurrent.Callable<Long>) () -> requests.getSelectionModel().getSelectedItem().id()).get(), "the chosen request kept");
            assertEquals("Typed at this desk while another desk worked", WaitForAsyncUtils.asyncFx(
                    (java.util.concurrent.Callable<String>) facts::getText).get(), "the typing kept");
            assertEquals(facts, WaitForAsyncUtils.asyncFx(
                    (java.util.concurrent.Callable<Node>) () -> facts.getScene().getFocusOwner()).get(),
                    "the caret still in the box");
            waitUntil(() -> police2.research().myRequests().stream().anyMatch(r -> r.id() == chosen
                    && "Typed at this desk while another desk worked".equals(r.facts())), "the typing saved");
        } finally {
            police2.sessions().lock();
        }
    }

    @Test
    void deskAFollowsDeskBAndReappliesItsChangeAfterLosingTheRace(FxRobot robot) throws Exception {
        Messages messages = new Messages(java.util.Locale.UK);
        connect(robot, "coordinator");
        TableView<CaseSummary> cases = waitFor(robot, "#table");
        waitUntil(() -> cases.getItems().stream().anyMatch(c -> c.id() == aCase), "desk A's case list");
        waitUntil(root.services().liveChanges()::listening, "desk A listening for other desks' changes");
        robot.interact(() -> {
            cases.getSelectionModel().select(0);
            cases.requestFocus();
        });

        ServicesGraph deskB = deskB();
        try {
            // Desk B corrects the victim's family name: only the person changes, and desk A's list follows.
            PersonDetailsLine victim = deskB.personCorrections().person(aCase, victimId(deskB));
            deskB.personCorrections().correct(new PersonDetailsLine(victim.caseId(), victim.personId(),
                    victim.role(), victim.givenName(), "Amended", victim.aliases(), victim.dateOfBirth(),
                    victim.gender(), victim.addressLine1(), victim.town(), victim.postcode(), victim.version()),
                    "Spelling as on the referral form");
            // read on the FX thread: from here a reload could be seen halfway (items replaced, row not yet chosen)
            waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> cases.getItems().stream().anyMatch(c -> c.id() == aCase
                    && c.victimName().contains("Amended"))).get(), "desk B's correction in desk A's open case list");
            waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> {
                CaseSummary chosen = cases.getSelectionModel().getSelectedItem();
                return chosen != null && chosen.id() == aCase;
            }).get(), "desk A's chosen row kept");

            // Desk A opens This MARAC at version 0 and starts a change.
            key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
            TableView<SettingsVersion> versions = waitFor(robot, "#versionTable");
            waitUntil(() -> versions.getItems().size() == 1, "version 0 listed at desk A");
            Spinner<?> high = robot.lookup("#highSpinner").queryAs(Spinner.class);
            robot.interact(high::requestFocus);
            key(robot, KeyCode.UP);
            key(robot, KeyCode.UP);
            waitUntil(() -> Integer.valueOf(16).equals(high.getValue()), "desk A's threshold 16");
            FxSteps.key(robot, KeyCode.ALT, KeyCode.R);
            waitUntil(() -> robot.lookup("#reasonField").query().isFocused(), "Alt+R reaches the reason at desk A");
            robot.write("Desk A: list from 16 as agreed");

            // Desk B saves first, from the same version 0.
            LocalSettings zero = deskB.localSettings().current();
            RiskThresholds t = zero.thresholds();
            deskB.localSettings().change(new SettingsChange(zero.version(), new RiskThresholds(t.visibleHighRisk(),
                    t.mediumFrom(), t.escalationIncidents(), 18), deskB.localSettings().available().stream()
                    .map(org.maracdesk.risk.Instrument::id).toList(), "Desk B: repeat window 18"));

            key(robot, KeyCode.ALT, KeyCode.S);
            Label said = robot.lookup("#lostRaceMessage").queryAs(Label.class);
            waitUntil(() -> said.getParent().isVisible() && !said.getText().isEmpty(), "the lost race said at desk A");
            assertTrue(said.getText().startsWith("deskb saved this MARAC's settings at "), said.getText());
            assertTrue(said.getText().contains(messages.get("admin.settings.lost")), said.getText());
            assertEquals(16, high.getValue(), "what desk A typed is still in the form");
            assertEquals("Desk A: list from 16 as agreed",
                    robot.lookup("#reasonField").queryAs(TextField.class).getText());
            assertTrue(robot.lookup("#saveButton").query().isDisabled(), "no save until reload or re-apply");
            assertEquals("lostRaceReapply", FxSteps.focusedId(robot), "the keyboard on Re-apply my change");
            assertEquals(List.of(), Accessibility.problems(said.getScene().getRoot()),
                    "lost-race controls without a name for screen readers");
            shot(said.getScene().getRoot(), "lost-race-settings.png");

            key(robot, KeyCode.ALT, KeyCode.A);
            Label current = robot.lookup("#currentLabel").queryAs(Label.class);
            waitUntil(() -> current.getText().contains("version 1"), "desk B's version 1 under desk A's change");
            assertFalse(said.getParent().isVisible(), "the choice made, the bar goes");
            waitUntil(() -> Integer.valueOf(16).equals(high.getValue()), "desk A's threshold back on top");
            assertEquals("Desk A: list from 16 as agreed",
                    robot.lookup("#reasonField").queryAs(TextField.class).getText());
            assertEquals(1, deskB.localSettings().current().version(), "re-applying saved nothing");

            key(robot, KeyCode.ALT, KeyCode.S);
            waitUntil(() -> versions.getItems().size() == 3, "desk A's change saved as version 2");
            LocalSettings now = deskB.localSettings().current();
            assertEquals(2, now.version());
            assertEquals(16, now.thresholds().visibleHighRisk(), "desk A's change");
            assertEquals(18, now.thresholds().repeatWindowMonths(), "desk B's change kept, not overwritten");
            assertEquals("coordinator", now.changedBy());
        } finally {
            deskB.sessions().lock();
        }
    }

    private long victimId(ServicesGraph desk) throws Exception {
        try (java.sql.Connection c = server.superuser(); java.sql.PreparedStatement q = c.prepareStatement(
                "select victim_id from marac_case where id = ?")) {
            q.setLong(1, aCase);
            try (java.sql.ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "the case is there for " + desk);
                return r.getLong(1);
            }
        }
    }

    private void shot(Node node, String name) throws Exception {
        if (Shots.write(node, name)) {
            assertEquals(1366, (int) node.getScene().getWidth(), "the window at 1366x768 (" + window.getWidth() + ")");
        }
    }
}
