package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.people.DuplicatePair;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The coordinator opens the possible duplicates from the case list (Alt+P), compares the flagged pair (Enter),
 * takes the second record's given name, gives the reason and merges, all from the keyboard; both cases then
 * name the one person.
 */
@ExtendWith(ApplicationExtension.class)
class PersonMergeScreenTest {
    private static final String PASS = "merge screen test passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = temp.resolve("vault");
        SessionManager setup = CliVault.sessionsFor(vault);
        setup.createVault("A Coordinator", "coordinator", Role.COORDINATOR, PASS.toCharArray());
        setup.store().doInTransaction(s -> {
            long first = namedCase(s, "TST-1", "Morwen", LocalDate.of(1991, 6, 5)).getVictim().getId();
            Referral second = referralOf(s, namedCase(s, "TST-2", "Morwenna", LocalDate.of(1991, 5, 6)));
            second.addPossibleMatch(new org.maracdesk.casework.PossibleMatch(first, 81,
                    "same family name; date of birth with day and month swapped"));
        });
        setup.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(vault, false, "coordinator", Duration.ofMinutes(5)));
        root.start(stage);
    }

    private static MaracCase namedCase(org.hibernate.Session s, String reference, String given, LocalDate born) {
        Person victim = new Person(given, "Testrecord", born, "FEMALE");
        s.persist(victim);
        MaracCase c = new MaracCase(reference, victim, "Northbridge", LocalDate.of(2026, 11, 20));
        s.persist(c);
        Referral r = new Referral(c, LocalDate.of(2026, 11, 20), "police", "Referrer");
        r.setChecklist("dash-24", "1", "{}");
        r.setResult(15, "high", "VISIBLE_HIGH_RISK");
        s.persist(r);
        s.flush();
        return c;
    }

    private static Referral referralOf(org.hibernate.Session s, MaracCase c) {
        return s.createSelectionQuery("from Referral r where r.maracCase = :c", Referral.class).setParameter("c", c)
                .getSingleResult();
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void theCoordinatorMergesTwoRecordsOfOnePersonFromTheKeyboard(FxRobot robot) {
        DemoDesk.signIn(robot, PASS);
        TableView<CaseSummary> cases = waitFor(robot, "#table");
        waitUntil(() -> cases.getItems().size() == 2);
        javafx.stage.Window main = robot.targetWindow();

        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        TableView<DuplicatePair> pairs = waitFor(robot, "#duplicatesTable");
        waitUntil(() -> pairs.getItems().size() == 1 && pairs.isFocused(), "the flagged pair, and the keyboard on it");
        robot.targetWindow(pairs.getScene().getWindow());
        assertEquals(List.of(), Accessibility.unnamedControls(pairs.getScene().getRoot()),
                "review list controls without a name for screen readers");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        RadioButton keepGiven = waitFor(robot, "#keep-GIVEN_NAME");
        waitUntil(keepGiven::isFocused, "the keyboard starts on the first choice");
        robot.targetWindow(keepGiven.getScene().getWindow());
        assertEquals(List.of(), Accessibility.unnamedControls(keepGiven.getScene().getRoot()),
                "merge dialog controls without a name for screen readers");
        Label carried = robot.lookup("#mergeCarried").query();
        assertTrue(carried.getText().startsWith("No must-not-receive"), carried.getText());
        Node merge = robot.lookup("#mergeButton").query();
        assertTrue(merge.isDisabled(), "no merge without a reason");
        RadioButton takeGiven = robot.lookup("#take-GIVEN_NAME").query();
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        waitUntil(takeGiven::isFocused);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(takeGiven::isSelected, "the second record's given name chosen");
        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        robot.write("Same woman: the second referral swapped her date of birth");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        robot.targetWindow(pairs.getScene().getWindow());
        Label status = robot.lookup("#duplicatesStatus").query();
        waitUntil(() -> status.getText().startsWith("Merged person"), "the list says what the merge did");
        assertTrue(status.getText().contains("1 case and 1 referral moved; no must-not-receive entry added"), status.getText());
        waitUntil(() -> pairs.getItems().isEmpty(), "the merged pair leaves the list");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.targetWindow(main);
        waitUntil(() -> cases.getItems().size() == 2 && cases.getItems().stream()
                        .allMatch(c -> c.victimName().equals("Morwenna Testrecord")),
                "both cases name the one person, with the name chosen");
    }
}
