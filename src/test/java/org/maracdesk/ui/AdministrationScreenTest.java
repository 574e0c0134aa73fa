package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.AccountRow;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLine;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** A coordinator opens a case and goes back to the list; the administrator adds an account and finds who saw that case. */
@ExtendWith(ApplicationExtension.class)
class AdministrationScreenTest {
    private static final String PASS = "administration screen passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        Path vaultDir = temp.resolve("vault");
        SessionManager setup = CliVault.sessionsFor(vaultDir);
        setup.createVault("A Coordinator", "coordinator", Role.COORDINATOR, PASS.toCharArray());
        new DemoVaultLoader(new InstrumentRegistry()).load(setup.store(),
                new SyntheticDataGenerator(11, LocalDate.of(2026, 11, 23)).generate(6));
        new AccountAdministration(setup, new AccountService(Clock.systemUTC()))
                .add("admin", "An Administrator", Role.ADMINISTRATOR, null, PASS.toCharArray());
        setup.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(vaultDir, false, "coordinator", Duration.ofMinutes(5)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void administratorAddsAnAccountAndSeesWhoViewedTheCaseTheCoordinatorOpened(FxRobot robot) throws Exception {
        signIn(robot, null);
        TableView<CaseSummary> cases = waitFor(robot, "#table");
        waitUntil(() -> !cases.getItems().isEmpty());
        String reference = cases.getItems().get(0).reference();
        robot.interact(() -> {
            cases.requestFocus();
            cases.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(robot, "#backButton");
        waitUntil(() -> ((Label) robot.lookup("#titleLabel").query()).getText().contains(reference));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#backButton").tryQuery().isEmpty() && cases.isFocused(),
                "back from the case to the list, the table focused");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(robot, "#unlockButton");
        waitUntil(() -> !root.sessions().isUnlocked());
        signIn(robot, "admin");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        Node addButton = waitFor(robot, "#addButton");
        assertEquals(List.of(), Accessibility.problems(addButton.getScene().getRoot()),
                "administration controls without a name for screen readers");

        TableView<AccountRow> accounts = waitFor(robot, "#accountsTable");
        robot.clickOn(addButton);
        waitFor(robot, "#newUsernameField");
        robot.clickOn("#newUsernameField").write("newchair");
        robot.clickOn("#newDisplayNameField").write("A New Chair");
        ComboBox<Role> roles = waitFor(robot, "#newRoleBox");
        robot.interact(() -> roles.setValue(Role.CHAIR));
        robot.clickOn("#newPassphraseField").write(PASS);
        robot.clickOn("#newPassphraseAgainField").write(PASS);
        robot.clickOn("Add account");
        waitUntil(() -> accounts.getItems().stream()
                .anyMatch(r -> r.account().username().equals("newchair") && r.active()));

        robot.interact(() -> robot.lookup(".tab-pane").<TabPane>queryAs(TabPane.class).getSelectionModel().select(1));
        robot.clickOn("#caseField").write(reference);
        robot.clickOn("#whoSawButton");
        TableView<AuditLine> audit = waitFor(robot, "#auditTable");
        waitUntil(() -> audit.getItems().stream()
                .allMatch(l -> l.action() == AuditAction.CASE_VIEWED) && !audit.getItems().isEmpty());
        assertEquals(1, audit.getItems().size());
        assertEquals("coordinator", audit.getItems().get(0).username());
        assertEquals(AuditAction.CASE_VIEWED, audit.getItems().get(0).action());
        assertEquals(reference, audit.getItems().get(0).entityId());
        assertTrue(((TextField) robot.lookup("#caseField").query()).getText().contains(reference));
    }

    private void signIn(FxRobot robot, String username) throws Exception {
        waitFor(robot, "#unlockButton");
        waitUntil(() -> !robot.lookup("#unlockButton").query().isDisabled());
        if (username != null) {
            robot.interact(() -> robot.lookup("#usernameField").<TextField>queryAs(TextField.class).setText(username));
        }
        robot.clickOn("#passphraseField").write(PASS);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(robot, "#navList");
    }
}
