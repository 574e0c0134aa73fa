package org.maracdesk.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.testdata.MessyTracker;
import org.maracdesk.ui.Accessibility;
import org.maracdesk.ui.admin.TrackerMigrationViewModel.Choice;
import org.maracdesk.ui.admin.TrackerMigrationViewModel.ColumnRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The coordinator migrates a small invented tracker from Administration → Migrate a tracker: a
 * file with problems is reported by line and cannot be migrated; the good file's proposed mapping
 * is changed for one column, the dry run is run again, and the migration writes exactly the
 * tracker's victims as cases, which the Cases list then shows.
 */
@ExtendWith(ApplicationExtension.class)
class MigrateTrackerScreenTest {
    private static final String PASS = "migrate tracker screen passphrase";
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

    @Test
    void aBadFileIsReportedByLineThenAGoodOneIsMappedDryRunAndMigrated(FxRobot robot) throws Exception {
        MessyTracker truth = new MessyTracker(7, 12, LocalDate.now());
        Path good = temp.resolve("tracker.xlsx");
        truth.writeXlsx(good);
        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, "Victim,DOB,MARAC date,DASH\nMarnie PELLWORTH,17/04/1991,31/02/2021,12\n"
                + "Tamsin OXENBY,N/K,03/03/2021,27\n", StandardCharsets.UTF_8);

        robot.clickOn("#passphraseField").write(PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        TabPane tabs = waitFor(robot, ".tab-pane");
        Tab migrateTab = tabs.getTabs().stream().filter(t -> "admin-tab-migrate".equals(t.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no Migrate a tracker tab for the coordinator"));
        robot.interact(() -> tabs.getSelectionModel().select(migrateTab));
        TextField fileField = waitFor(robot, "#fileField");
        Button migrate = robot.lookup("#migrateButton").queryAs(Button.class);
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        TextArea report = robot.lookup("#reportText").queryAs(TextArea.class);
        assertEquals(List.of(), Accessibility.problems(fileField.getScene().getRoot()),
                "controls of the migration tab without a name for screen readers");
        assertTrue(migrate.isDisabled(), "nothing to migrate before a dry run");

        // A file with problems: each by line and column, and the Migrate button stays off.
        robot.interact(fileField::requestFocus);
        robot.write(bad.toString());
        key(robot, KeyCode.ENTER);
        waitUntil(() -> report.getText().contains("2 problems"), "the dry run of the bad file reports its problems");
        assertTrue(report.getText().contains("Line 2, column MARAC date (\"31/02/2021\"): is not a date"),
                report.getText());
        assertTrue(report.getText().contains("Line 3, column DASH (\"27\"): is outside 0–24"), report.getText());
        assertFalse(report.getText().contains("PELLWORTH"), "no names in the report");
        assertTrue(migrate.isDisabled());

        // The good file: the proposed mapping, one column changed from the keyboard's box, the dry run again.
        robot.interact(() -> fileField.setText(""));
        robot.interact(fileField::requestFocus);
        robot.write(good.toString());
        key(robot, KeyCode.ENTER);
        waitUntil(() -> !migrate.isDisabled(), "the dry run of the good file finds no problem");
        assertTrue(report.getText().startsWith("Would make: " + truth.victims.size() + " cases (one per victim), "
                + truth.listings.size() + " referrals listed on " + truth.meetings() + " closed meetings"),
                report.getText());
        assertTrue(report.getText().contains("Kept in the notes: Comments, Outcome")
                || report.getText().contains("Kept in the notes: Outcome"), report.getText());
        TableView<ColumnRow> columns = waitFor(robot, "#columnTable");
        int outcome = columns.getItems().stream().map(ColumnRow::column).toList().indexOf("Outcome");
        assertTrue(outcome >= 0, "the Outcome column is listed");
        robot.interact(() -> {
            columns.requestFocus();
            columns.getSelectionModel().select(outcome);
        });
        key(robot, KeyCode.TAB);
        @SuppressWarnings("unchecked")
        ComboBox<Choice> choice = robot.lookup("#choiceBox").queryAs(ComboBox.class);
        waitUntil(choice::isFocused, "Tab goes from the columns to the box that changes the selected one");
        robot.interact(() -> choice.setValue(Choice.LEAVE_OUT));
        waitUntil(migrate::isDisabled, "a changed mapping needs a new dry run before migrating");
        key(robot, KeyCode.ALT, KeyCode.Y); // Dry run again
        try {
            waitUntil(() -> !migrate.isDisabled()
                    && report.getText().matches("(?s).*Left out \\(not read, not kept\\): [^\n]*Outcome.*"),
                    "the dry run again, with Outcome left out");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; status: " + status.getText() + "; report: " + report.getText(), e);
        }

        key(robot, KeyCode.ALT, KeyCode.N); // Migrate now
        waitUntil(() -> status.getText().startsWith("Migrated " + truth.listings.size() + " rows: "),
                "the migration is done");
        assertTrue(status.getText().contains(truth.victims.size() + " cases"), status.getText());
        assertTrue(migrate.isDisabled(), "the same file is not offered twice");

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        TableView<CaseSummary> cases = waitFor(robot, "#table");
        waitUntil(() -> !cases.getItems().isEmpty(), "the migrated cases are in the Cases list");
    }
}
