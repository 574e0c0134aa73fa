package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
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
import org.maracdesk.casework.PossibleMatch;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.people.DuplicatePair;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Merge duplicate… on the case hub (issue 14) when the case's victim is in two flagged pairs: Alt+D offers both
 * in a chooser (the keyboard on the list), Down and Enter compare the second pair, not only the first.
 */
@ExtendWith(ApplicationExtension.class)
class CaseHubMergeChooserTest {
    private static final String PASS = "merge chooser test passphrase";
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
            MaracCase second = namedCase(s, "TST-2", "Morwenna", LocalDate.of(1991, 5, 6));
            referralOf(s, second).addPossibleMatch(new PossibleMatch(first, 81,
                    "same family name; date of birth with day and month swapped"));
            MaracCase third = namedCase(s, "TST-3", "Morwena", LocalDate.of(1991, 5, 6));
            referralOf(s, third).addPossibleMatch(new PossibleMatch(second.getVictim().getId(), 88,
                    "same family name and date of birth; given name spelt differently"));
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
    void everyFlaggedPairOfThePeopleOnTheCaseIsOffered(FxRobot robot) {
        DemoDesk.signIn(robot, PASS);
        TableView<CaseSummary> cases = waitFor(robot, "#table");
        waitUntil(() -> cases.getItems().size() == 3);
        javafx.stage.Window main = robot.targetWindow();
        CaseSummary middle = cases.getItems().stream().filter(c -> c.reference().equals("TST-2")).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            cases.requestFocus();
            cases.getSelectionModel().select(middle);
        });
        key(robot, KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#mergeButton").tryQuery().map(n -> !n.isDisabled()).orElse(false),
                "the case is shown with Merge duplicate…");

        key(robot, KeyCode.ALT, KeyCode.D);
        ListView<DuplicatePair> pairs = waitFor(robot, "#mergePairs");
        waitUntil(() -> pairs.getItems().size() == 2 && pairs.isFocused(), "both pairs, the keyboard on the list");
        robot.targetWindow(pairs.getScene().getWindow());
        assertEquals(List.of(), Accessibility.unnamedControls(pairs.getScene().getRoot()),
                "chooser controls without a name for screen readers");
        DuplicatePair second = pairs.getItems().get(1);
        key(robot, KeyCode.DOWN);
        waitUntil(() -> pairs.getSelectionModel().getSelectedIndex() == 1, "Down chooses the second pair");
        key(robot, KeyCode.ENTER);
        RadioButton keepGiven = waitFor(robot, "#keep-GIVEN_NAME");
        robot.targetWindow(keepGiven.getScene().getWindow());
        String compared = text(keepGiven.getScene().getRoot());
        DuplicatePair first = pairs.getItems().get(0);
        assertTrue(compared.contains("Merge " + second.secondName() + " into " + second.firstName())
                || compared.contains("Merge " + second.firstName() + " into " + second.secondName()),
                "the chosen pair is compared, not the first (" + first + "): " + compared);
        key(robot, KeyCode.ESCAPE);
        robot.targetWindow(main);
        waitUntil(() -> robot.listWindows().size() == 1, "nothing merged, back on the case");
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        if (node instanceof Labeled l) {
            out.append(l.getText()).append('\n');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.append(text(c)));
        }
        return out.toString();
    }
}
