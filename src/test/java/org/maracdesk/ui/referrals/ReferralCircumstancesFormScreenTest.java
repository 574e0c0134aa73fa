package org.maracdesk.ui.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.focusedId;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.ui.Accessibility;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The further §2.3 referral fields on the new-referral form (issue 16, decision 0046), from the keyboard on a
 * real encrypted vault: Ctrl+PageDown reaches the Circumstances section, Tab walks into its first fold and its
 * fields, a folded section opens with Space, a court date that is not a date is said at the field in words, and
 * what was typed is saved with the draft (Ctrl+S) and shown again when the draft is reopened.
 */
@ExtendWith(ApplicationExtension.class)
class ReferralCircumstancesFormScreenTest {
    private static final String PASS = "referral circumstances screen passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        Path vaultDir = temp.resolve("vault");
        SessionManager setup = CliVault.sessionsFor(vaultDir);
        setup.createVault("A Coordinator", "coordinator", Role.COORDINATOR, PASS.toCharArray());
        setup.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(vaultDir, false, "coordinator", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    /** Presses Tab until the focus is on {@code id} (at most {@code presses} times): reachable by keyboard. */
    private static void tabTo(FxRobot robot, String id, int presses) {
        for (int i = 0; i < presses && !id.equals(focusedId(robot)); i++) {
            key(robot, KeyCode.TAB);
        }
        assertEquals(id, focusedId(robot), "Tab reaches " + id);
    }

    @Test
    void theFieldsAreReachedFromTheKeyboardCheckedAndSavedWithTheDraft(FxRobot robot) {
        robot.clickOn("#passphraseField").write(PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        waitFor(robot, "#table");
        key(robot, KeyCode.CONTROL, KeyCode.N);
        TabPane tabs = waitFor(robot, "#tabs");
        waitUntil(() -> "referralDate".equals(focusedId(robot)), "the form opens on the referral date");
        for (int i = 0; i < 8; i++) {
            key(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        }
        assertEquals("tabCircumstances", tabs.getSelectionModel().getSelectedItem().getId());
        TitledPane victim = robot.lookup("#circSectionVictim").queryAs(TitledPane.class);
        TitledPane police = robot.lookup("#circSectionPolice").queryAs(TitledPane.class);
        assertTrue(victim.isExpanded(), "the first section starts open");
        assertFalse(police.isExpanded(), "an empty later section starts folded");

        tabTo(robot, "circOccupation", 6);
        robot.write("Care worker");
        key(robot, KeyCode.TAB);
        assertEquals("circReligion", focusedId(robot), "Tab goes on to the next field of the section");
        robot.write("Not stated");

        tabTo(robot, "circSectionPolice", 30);
        key(robot, KeyCode.SPACE);
        waitUntil(police::isExpanded, "Space opens the folded police and courts section");
        tabTo(robot, "circOfficer", 6);
        robot.write("PC Test Officer");
        tabTo(robot, "circBailConditions", 6);
        robot.write("Not to contact the victim");
        tabTo(robot, "circBailUntil", 3);
        robot.write("15/07/2026");
        tabTo(robot, "circCourtDates", 3);
        robot.write("20/07/2026; 31/02/2026");
        key(robot, KeyCode.TAB);
        TextField court = robot.lookup("#circCourtDates").queryAs(TextField.class);
        waitUntil(() -> court.getAccessibleHelp() != null, "the bad court date is explained at the field");
        assertEquals("\"31/02/2026\" is not a date: write each court date as dd/mm/yyyy, separated by ;",
                court.getAccessibleHelp());
        robot.interact(() -> court.requestFocus());
        key(robot, KeyCode.END);
        for (int i = 0; i < "31/02/2026".length(); i++) {
            key(robot, KeyCode.BACK_SPACE);
        }
        robot.write("03/08/2026");
        waitUntil(() -> court.getAccessibleHelp() == null, "a good date clears the message");
        assertEquals(List.of(), Accessibility.problems(tabs.getScene().getRoot()), "the circumstances section");

        key(robot, KeyCode.CONTROL, KeyCode.S);
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Draft saved"), "the draft is saved");
        robot.clickOn("#backButton");
        TableView<?> table = waitFor(robot, "#table");
        waitUntil(() -> table.getItems().size() == 1, "the draft is listed");
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        key(robot, KeyCode.ENTER);
        TabPane again = waitFor(robot, "#tabs");
        waitUntil(() -> again != tabs, "the draft reopens");
        assertEquals("Care worker", robot.lookup("#circOccupation").queryAs(TextField.class).getText());
        assertEquals("PC Test Officer", robot.lookup("#circOfficer").queryAs(TextField.class).getText());
        assertEquals("Not to contact the victim", robot.lookup("#circBailConditions").queryAs(TextArea.class)
                .getText());
        assertEquals(LocalDate.of(2026, 7, 15), robot.lookup("#circBailUntil").queryAs(DatePicker.class).getValue());
        assertEquals("20/07/2026; 03/08/2026", robot.lookup("#circCourtDates").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#circSectionPolice").queryAs(TitledPane.class).isExpanded(),
                "a section holding something opens with the draft");
        assertEquals(Tri.NOT_KNOWN, robot.lookup("#circWantsPolice").queryAs(ComboBox.class).getValue());
    }
}
