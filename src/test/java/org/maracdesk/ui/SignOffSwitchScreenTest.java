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
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.casework.settings.SettingsVersion;
import org.maracdesk.casework.settings.SignOffRule;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Issue 16: the manager's sign-off switch on Administration → This MARAC, from the keyboard (Space on the box, Alt+N the
 * reason, Alt+U save), saved as a version of the sign-off rule with who and why; saving without a reason is refused
 * with what to do.
 */
@ExtendWith(ApplicationExtension.class)
class SignOffSwitchScreenTest {
    private static final String PASS = "sign-off switch screen passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        Path vaultDir = temp.resolve("vault");
        SessionManager setup = CliVault.sessionsFor(vaultDir);
        setup.createVault("A Coordinator", "coordinator", Role.COORDINATOR, PASS.toCharArray());
        new DemoVaultLoader(new InstrumentRegistry()).load(setup.store(),
                new SyntheticDataGenerator(11, LocalDate.of(2026, 11, 23)).generate(4));
        setup.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(vaultDir, false, "coordinator", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void theCoordinatorRequiresTheSignOffFromTheKeyboard(FxRobot robot) throws Exception {
        waitFor(robot, "#unlockButton");
        waitUntil(() -> !robot.lookup("#unlockButton").query().isDisabled());
        robot.clickOn("#passphraseField").write(PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        CheckBox box = waitFor(robot, "#signOffBox");
        TableView<SettingsVersion> versions = waitFor(robot, "#versionTable");
        waitUntil(() -> versions.getItems().size() == 1, "the settings are loaded");
        assertEquals(List.of(), Accessibility.problems(box.getScene().getRoot()), "This MARAC with the switch");
        assertTrue(!box.isSelected(), "not required at first");
        // The MARAC's own days off (decision 0067): Alt+O reaches the field; the next bank holidays are shown under it.
        key(robot, KeyCode.ALT, KeyCode.O);
        javafx.scene.control.TextField closed = robot.lookup("#closedDaysField").query();
        waitUntil(closed::isFocused, "Alt+O reaches Other days off");
        assertTrue(robot.lookup("#closedDaysNote").queryAs(Label.class).getText().startsWith("Working days already skip"
                + " England and Wales bank holidays (next: "));
        robot.write("29/12/2027");
        Shots.write(box, "settings-closed-days");
        // Tab order reaches the box; Space ticks it. (Alt+Q, its mnemonic, did not tick it under headless TestFX.)
        robot.interact(box::requestFocus);
        key(robot, KeyCode.SPACE);
        waitUntil(box::isSelected, "Space ticks the box");
        key(robot, KeyCode.ALT, KeyCode.U);
        Label status = robot.lookup("#signOffStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Say why"), "no reason: refused, saying what to do");
        assertEquals(0, rule().version(), "nothing saved");
        key(robot, KeyCode.ALT, KeyCode.N);
        waitUntil(() -> robot.lookup("#signOffReasonField").query().isFocused(), "Alt+N reaches the reason");
        robot.write("Steering group, 20 November");
        key(robot, KeyCode.ALT, KeyCode.U);
        waitUntil(() -> status.getText().startsWith("Saved as version 1"), "saved");
        SignOffRule now = rule();
        assertTrue(now.required());
        assertEquals("coordinator", now.changedBy());
        assertEquals("Steering group, 20 November", now.reason());
        Shots.write(box, "settings-signoff.png");
    }

    private SignOffRule rule() {
        return root.sessions().store().read(SignOffRule::current);
    }
}
