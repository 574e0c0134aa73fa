package org.maracdesk.ui;

import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.testdata.VaultTemplates;
import org.testfx.api.FxRobot;

/** The window on a new vault of invented cases, signed in as its coordinator: the start of many screen tests. */
final class DemoDesk {
    private DemoDesk() {
    }

    /** A vault at {@code vaultDir} (a copy of one made once per test JVM) with a coordinator and {@code cases} generated cases, and the window on it. */
    static CompositionRoot start(Stage stage, Path vaultDir, String passphrase, long seed, int cases) throws Exception {
        VaultTemplates.copy("demo-desk-" + seed + "-" + cases + "-" + Integer.toHexString(passphrase.hashCode()),
                vaultDir, dir -> {
                    SessionManager setup = CliVault.sessionsFor(dir);
                    setup.createVault("A Coordinator", "coordinator", Role.COORDINATOR, passphrase.toCharArray());
                    new DemoVaultLoader(new InstrumentRegistry()).load(setup.store(),
                            new SyntheticDataGenerator(seed, LocalDate.of(2026, 11, 23)).generate(cases));
                    setup.lock();
                });
        CompositionRoot root = CompositionRoot.withFxExecutor(new AppConfig(vaultDir, false, "coordinator",
                Duration.ofMinutes(5)));
        root.start(stage);
        return root;
    }

    /** Types the passphrase on the unlock screen (the username is remembered) and presses Enter. */
    static void signIn(FxRobot robot, String passphrase) {
        waitFor(robot, "#unlockButton");
        waitUntil(() -> !robot.lookup("#unlockButton").query().isDisabled());
        robot.clickOn("#passphraseField").write(passphrase);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    }
}
