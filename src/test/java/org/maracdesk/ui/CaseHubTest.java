package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.focused;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.CaseSummary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The case screen as the hub (issue 14, decision 0045), from the keyboard: the coordinator opens the case with
 * the most open actions, goes to each section by its mnemonic, opens an action's history and a listing's
 * record, sees who viewed the case (their own viewing among it), asks to merge a duplicate and reaches the
 * export of the Idva summary.
 */
@ExtendWith(ApplicationExtension.class)
class CaseHubTest {
    private static final String PASS = "case hub test passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        root = DemoDesk.start(stage, temp.resolve("vault"), PASS, 11, 20);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void theCoordinatorWorksTheCaseFromTheKeyboard(FxRobot robot) throws Exception {
        DemoDesk.signIn(robot, PASS);
        TableView<CaseSummary> cases = waitFor(robot, "#table");
        waitUntil(() -> !cases.getItems().isEmpty());
        CaseSummary busiest = cases.getItems().stream().max(Comparator.comparingLong(CaseSummary::openActions))
                .orElseThrow();
        assertTrue(busiest.openActions() > 0, "the demo vault has a case with open actions");
        robot.interact(() -> {
            cases.requestFocus();
            cases.getSelectionModel().select(busiest);
        });
        key(robot, KeyCode.ENTER);
        Button back = waitFor(robot, "#backButton");
        VBox referrals = waitFor(robot, "#hubReferrals");
        VBox listings = robot.lookup("#hubListings").query();
        VBox actions = robot.lookup("#hubActions").query();
        VBox whoSaw = robot.lookup("#hubWhoSaw").query();
        waitUntil(() -> !referrals.getChildren().isEmpty() && !listings.getChildren().isEmpty()
                && !actions.getChildren().isEmpty() && !whoSaw.getChildren().isEmpty(), "every section was read");
        assertEquals(List.of(), Accessibility.problems(back.getScene().getRoot()),
                "case hub controls without a name for screen readers");
        assertTrue(text(referrals).contains("referred by"), text(referrals));
        assertTrue(text(referrals).contains("RIC attached") && text(referrals).contains("sign-off"),
                "each referral says whether the RIC was attached and who signed it off: " + text(referrals));
        Shots.write(back.getScene().getRoot(), "case-hub-referrals");

        key(robot, KeyCode.ALT, KeyCode.T);
        assertTrue(focused(robot) instanceof Label l && l.getAccessibleText().startsWith("Actions")
                && inside(l, actions.getParent()), "Alt+T goes to the Actions section's title");
        key(robot, KeyCode.TAB);
        Node history = focused(robot);
        assertTrue(history instanceof Button b && b.getText().equals("History") && inside(history, actions),
                "then Tab to the first action's History");
        key(robot, KeyCode.SPACE);
        waitUntil(() -> text(actions).contains("Hide history") || text(actions).contains("\u2192"),
                "the history opens under the action");
        waitUntil(() -> !text(actions).contains("Reading"), "the history was read");

        key(robot, KeyCode.ALT, KeyCode.M);
        key(robot, KeyCode.TAB);
        Node show = focused(robot);
        assertTrue(show instanceof Button && inside(show, listings), "Alt+M goes to the first listing");
        key(robot, KeyCode.SPACE);
        waitUntil(() -> ((Button) show).getText().equals("Hide record"), "the meeting's record is shown");

        key(robot, KeyCode.ALT, KeyCode.V);
        assertTrue(inside(focused(robot), whoSaw.getParent()), "Alt+V goes to who viewed the case");
        assertTrue(text(whoSaw).contains("coordinator"), "the coordinator's own viewing is in the trail: "
                + text(whoSaw));

        Label outcome = robot.lookup("#commandOutcome").query();
        key(robot, KeyCode.ALT, KeyCode.D);
        waitUntil(() -> robot.listWindows().size() > 1 || outcome.getText().startsWith("No possible duplicate"),
                "Alt+D opens the merge dialog on a flagged pair, or says there is none");
        if (robot.listWindows().size() > 1) {
            key(robot, KeyCode.ESCAPE);
            waitUntil(() -> robot.listWindows().size() == 1, "the merge dialog closes without merging");
        }

        key(robot, KeyCode.ALT, KeyCode.O);
        waitUntil(() -> robot.listWindows().size() > 1, "Alt+O opens the export dialog for the Chair's letter");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText() != null
                && l.getText().startsWith("The Chair's letter to the victim of case")), "the dialog says what it makes");
        for (javafx.stage.Window w : robot.listWindows()) {
            if (w != back.getScene().getWindow()) {
                Shots.write(w.getScene().getRoot(), "export-dialog-letter");
            }
        }
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != back.getScene().getWindow())
                .forEach(w -> ((javafx.stage.Stage) w).close()));
        waitUntil(() -> robot.listWindows().size() == 1, "the letter's dialog closes, nothing exported");
        robot.interact(() -> back.getScene().getWindow().requestFocus());

        key(robot, KeyCode.ALT, KeyCode.X);
        waitUntil(() -> robot.listWindows().size() > 1, "Alt+X opens the export dialog for the case");
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        if (node instanceof Label l) {
            out.append(l.getText()).append('\n');
        } else if (node instanceof Button b) {
            out.append(b.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.append(text(c)));
        }
        return out.toString();
    }
}
