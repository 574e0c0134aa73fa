package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.focused;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.meetings.MeetingHeader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The case hub's New referral for this victim and Go to meeting (issue 14), from the keyboard: Alt+F (its letter
 * used by nothing else on the hub) opens the referral form in place of the case with the victim filled in and
 * linked and the pair's last referral found (the repeat rule's input), Back returns to the case on the command;
 * then Tab from the listings' title reaches a listing's Go to meeting, which shows that meeting in the Meetings
 * area.
 */
@ExtendWith(ApplicationExtension.class)
class CaseHubNewReferralTest {
    private static final String PASS = "case hub referral test passphrase";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
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
    void aNewReferralForTheVictimAndAListingsMeetingFromTheKeyboard(FxRobot robot) {
        DemoDesk.signIn(robot, PASS);
        TableView<CaseSummary> cases = waitFor(robot, "#table");
        waitUntil(() -> !cases.getItems().isEmpty());
        CaseSummary busiest = cases.getItems().stream().max(Comparator.comparingLong(CaseSummary::openActions))
                .orElseThrow();
        robot.interact(() -> {
            cases.requestFocus();
            cases.getSelectionModel().select(busiest);
        });
        key(robot, KeyCode.ENTER);
        VBox listings = waitFor(robot, "#hubListings");
        waitUntil(() -> !listings.getChildren().isEmpty() && robot.lookup("#newReferralButton").tryQuery().isPresent()
                && !((Label) robot.lookup("#victimValue").query()).getText().isBlank(), "the case was read");
        Button newReferral = robot.lookup("#newReferralButton").query();
        String victim = ((Label) robot.lookup("#victimValue").query()).getText();
        Map<Character, List<String>> letters = mnemonics(newReferral.getScene().getRoot());
        assertEquals(List.of(newReferral.getText()), letters.get('F'), "Alt+F is the new referral's only: " + letters);

        key(robot, KeyCode.ALT, KeyCode.F);
        TextField given = waitFor(robot, "#victimGivenName");
        waitUntil(() -> !given.getText().isBlank(), "the victim is filled in");
        assertTrue(victim.contains(given.getText()), given.getText() + " is the case's victim, " + victim);
        Label status = robot.lookup("#statusLabel").query();
        assertTrue(status.getText().contains("accepting adds the referral to " + busiest.reference()),
                status.getText());
        waitFor(robot, "#victimUnlink"); // linked to the stored victim, not a new person
        VBox result = robot.lookup("#resultBox").query();
        waitUntil(() -> text(result).contains("Last MARAC referral of this victim with a linked perpetrator"),
                "the pair's last referral is found, as the repeat rule needs: " + text(result));
        Button back = robot.lookup("#backButton").query();
        assertEquals("Back to the case", back.getText());
        assertEquals("New referral, victim of " + busiest.reference(), ((Label) robot.lookup("#titleLabel").query()).getText());
        robot.interact(back::requestFocus);
        key(robot, KeyCode.SPACE);
        waitUntil(() -> focused(robot) != null && "newReferralButton".equals(focused(robot).getId()),
                "back on the case, on the command");

        key(robot, KeyCode.ALT, KeyCode.M);
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.TAB);
        Node go = focused(robot);
        assertTrue(go instanceof Button b && b.getText().equals("Go to meeting"), "Tab reaches Go to meeting: " + go);
        String accessible = ((Button) go).getAccessibleText();
        key(robot, KeyCode.SPACE);
        ComboBox<MeetingHeader> meeting = waitFor(robot, "#meetingBox");
        waitUntil(() -> meeting.getValue() != null
                && accessible.contains(DATE.format(meeting.getValue().date())), "the listing's meeting is shown");
        waitUntil(() -> focused(robot) != null && "agendaTable".equals(focused(robot).getId()),
                "the keyboard starts on the meeting's agenda");
    }

    /** Each underlined letter on the screen and the visible controls that show it. */
    private static Map<Character, List<String>> mnemonics(Parent root) {
        Map<Character, List<String>> out = new HashMap<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, Map<Character, List<String>> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.isMnemonicParsing() && l.getText() != null) {
            int at = l.getText().indexOf('_');
            if (at >= 0 && at + 1 < l.getText().length()) {
                out.computeIfAbsent(Character.toUpperCase(l.getText().charAt(at + 1)), k -> new java.util.ArrayList<>())
                        .add(l.getText());
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
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
