package org.maracdesk.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.exchange.reports.DashboardCase;
import org.maracdesk.exchange.reports.DashboardMeasure;
import org.maracdesk.exchange.reports.DashboardService;
import org.maracdesk.ui.Accessibility;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard tab (issue 16) from the keyboard: every control named, the table toggle (Alt+B) showing the numbers
 * behind the chart, Enter on a figure listing the cases behind it (the same cases the service lists), Enter on a
 * case opening it; an agency representative gets the dashboard alone, over their own cases.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {
    @TempDir
    static Path dir;
    private static Path vault;
    private CompositionRoot root;
    private Stage stage;

    @BeforeAll
    static void vault() {
        vault = dir.resolve("v");
        ActionVaults.create(vault, 60);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Stop
    void stop() {
        if (root != null) {
            root.stop();
        }
    }

    private TabPane openDashboard(FxRobot robot, String user) {
        robot.interact(() -> {
            root = CompositionRoot.withFxExecutor(new AppConfig(vault, false, user, Duration.ofMinutes(30)));
            root.start(stage);
        });
        waitFor(robot, "#passphraseField");
        robot.clickOn("#passphraseField").write(ActionVaults.PASS);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(robot, "#navList");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        TabPane tabs = waitFor(robot, "#tabs");
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DashboardTable.Row> table = waitFor(robot, "#figureTable");
        waitUntil(() -> !table.getItems().isEmpty(), "the figures are counted");
        return tabs;
    }

    private DashboardService service() {
        return new DashboardService(root.sessions(), root.sessions(), root.sessions().audit(), Clock.systemDefaultZone());
    }

    @Test
    void theCoordinatorTogglesToTheTableDrillsDownFromAFigureAndOpensACase(FxRobot robot) {
        TabPane tabs = openDashboard(robot, "coordinator");
        assertEquals("dashboardTab", tabs.getSelectionModel().getSelectedItem().getId());
        assertEquals(List.of(), Accessibility.problems(tabs.getScene().getRoot()), "dashboard as a chart");
        BarChart<?, ?> chart = robot.lookup("#chart").query();
        TableView<DashboardTable.Row> table = robot.lookup("#figureTable").query();
        assertTrue(chart.isVisible() && !table.isVisible(), "a chart first");
        javafx.scene.control.Button export = robot.lookup("#dashboardExportButton").query();
        waitUntil(() -> export.isVisible() && !export.isDisabled(), "the coordinator may export the figures shown");
        assertTrue(chart.getAccessibleText().startsWith("Referrals by referring agency: "), chart.getAccessibleText());

        robot.press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.isVisible() && !chart.isVisible(), "Alt+B shows the table instead");
        assertTrue(table.isFocused(), "and takes the keyboard there");
        assertEquals("Show as a chart", robot.lookup("#tableToggle").<javafx.scene.control.Button>query().getText()
                .replace("_", ""));
        assertEquals(List.of(), Accessibility.problems(tabs.getScene().getRoot()), "dashboard as a table");
        assertEquals(List.of("Agency", "Referrals", "Repeats", "Repeat rate", "Listed", "Median (days)",
                "90th pct (days)"), table.getColumns().stream().map(c -> c.getText()).toList());
        DashboardTable.Row police = table.getItems().stream().filter(r -> "police".equals(r.key())).findFirst()
                .orElseThrow();
        assertEquals("Police", police.name());
        assertEquals(null, table.getItems().get(table.getItems().size() - 1).key(), "a last row for all agencies");

        // from the keyboard: onto the police row's referrals, one step right to its repeats, Enter
        int row = table.getItems().indexOf(police);
        robot.interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(row, table.getColumns().get(1));
        });
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        TableView<DashboardCase> cases = robot.lookup("#casesTable").query();
        Label title = robot.lookup("#casesLabel").query();
        waitUntil(() -> title.getText().contains("Repeats") && title.getText().contains("Police"), "the drill-down");
        ComboBox<?> from = robot.lookup("#sectionBox").query();
        assertTrue(from.isVisible());
        List<String> expected = service().cases(ReportsDates.from(robot), ReportsDates.to(robot),
                DashboardMeasure.REPEATS, org.maracdesk.exchange.reports.DashboardMeasure.Dimension.AGENCY, "police")
                .stream().map(DashboardCase::reference).toList();
        assertFalse(expected.isEmpty(), "the police referred repeats in the period");
        assertEquals(expected, cases.getItems().stream().map(DashboardCase::reference).toList());
        assertTrue(title.getText().contains(": " + expected.size() + " "), title.getText());

        robot.press(KeyCode.ALT, KeyCode.G).release(KeyCode.G, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(from.isFocused(), "Alt+G reaches the choice of figures");
        robot.interact(() -> robot.lookup("#sectionBox").<ComboBox<DashboardSection>>query()
                .setValue(DashboardSection.ACTIONS_BY_TYPE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Action type", table.getColumns().get(0).getText());
        assertTrue(table.getItems().stream().anyMatch(r -> "Other".equals(r.name())), "types by name");

        String first = cases.getItems().get(0).reference();
        robot.interact(() -> {
            cases.requestFocus();
            cases.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Label caseTitle = waitFor(robot, "#titleLabel");
        waitUntil(() -> caseTitle.getText() != null && caseTitle.getText().contains(first), "the case opens");
    }

    @Test
    void anAgencyRepresentativeGetsTheDashboardAloneOverTheirOwnCases(FxRobot robot) {
        TabPane tabs = openDashboard(robot, "housing");
        assertEquals(1, tabs.getTabs().size(), "no area-wide charts or data return for an agency");
        assertFalse(robot.lookup("#dashboardExportButton").query().isVisible(), "an agency's figures are not exported");
        assertEquals(List.of(), Accessibility.problems(tabs.getScene().getRoot()), "the agency's dashboard");
        Label summary = robot.lookup("#summaryLabel").query();
        long shown = Long.parseLong(summary.getText().substring(0, summary.getText().indexOf(' ')));
        assertEquals(service().figures(ReportsDates.from(robot), ReportsDates.to(robot)).referrals(), shown);
        javafx.scene.control.DatePicker from = robot.lookup("#fromPicker").query();
        assertEquals(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(from.getValue()),
                from.getEditor().getText(), "the period is shown day first, whatever the machine's locale");
    }

    /** The period on the screen. */
    private static final class ReportsDates {
        static java.time.LocalDate from(FxRobot robot) {
            return robot.lookup("#fromPicker").<javafx.scene.control.DatePicker>query().getValue();
        }

        static java.time.LocalDate to(FxRobot robot) {
            return robot.lookup("#toPicker").<javafx.scene.control.DatePicker>query().getValue();
        }
    }
}
