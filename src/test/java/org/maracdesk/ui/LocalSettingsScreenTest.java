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
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The coordinator sets the MARAC's own threshold on Administration → This MARAC, from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class LocalSettingsScreenTest {
    private static final String PASS = "local settings screen passphrase";
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
    void coordinatorSavesAThresholdOfSeventeenAsVersionOne(FxRobot robot) {
        waitFor(robot, "#unlockButton");
        waitUntil(() -> !robot.lookup("#unlockButton").query().isDisabled());
        robot.clickOn("#passphraseField").write(PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        TableView<SettingsVersion> versions = waitFor(robot, "#versionTable");
        waitUntil(() -> versions.getItems().size() == 1, "version 0 listed");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("This MARAC", tabs.getTabs().get(0).getText(), "the coordinator's first administration tab");
        assertEquals(List.of(), Accessibility.problems(versions.getScene().getRoot()),
                "settings controls without a name for screen readers, or labels not linked to their fields");
        Label current = robot.lookup("#currentLabel").queryAs(Label.class);
        assertTrue(current.getText().contains("version 0"), current.getText());
        CheckBox lap = robot.lookup("#instrument-lap").queryAs(CheckBox.class);
        assertTrue(lap.isSelected(), "every instrument is in use under the defaults");

        Spinner<?> high = robot.lookup("#highSpinner").queryAs(Spinner.class);
        robot.interact(high::requestFocus);
        for (int i = 0; i < 3; i++) {
            key(robot, KeyCode.UP);
        }
        waitUntil(() -> Integer.valueOf(17).equals(high.getValue()));
        assertTrue(robot.lookup("#bandsLabel").queryAs(Label.class).getText().contains("medium 10–16, high 17+"));
        robot.interact(lap::fire);
        key(robot, KeyCode.ALT, KeyCode.R);  // the reason is below the fold at 1366×768: Alt+R brings it into view
        waitUntil(() -> robot.lookup("#reasonField").query().isFocused(), "Alt+R reaches the reason");
        robot.write("Steering group decision: list at 17");
        key(robot, KeyCode.ALT, KeyCode.S);
        waitUntil(() -> versions.getItems().size() == 2, "version 1 saved and listed");
        assertEquals(1, versions.getItems().get(0).settings().version());
        assertEquals(17, versions.getItems().get(0).settings().thresholds().visibleHighRisk());
        assertEquals(List.of("dash-24", "dash-27", "s-dash", "odara"), versions.getItems().get(0).settings().instruments());
        waitUntil(() -> current.getText().contains("version 1"));
    }
}
