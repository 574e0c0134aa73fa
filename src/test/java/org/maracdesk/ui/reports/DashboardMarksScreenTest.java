package org.maracdesk.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import org.maracdesk.ui.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: the dashboard's weekly marks (referrals waiting past the longest wait, meetings whose minutes are late)
 * as a chart and as a table, and the drill-down from the table's last row listing the cases behind the figure.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardMarksScreenTest {
    @TempDir
    Path dir;
    private CompositionRoot root;

    @Start
    void start(Stage stage) {
        Path vault = dir.resolve("v");
        ActionVaults.create(vault, 60);
        root = CompositionRoot.withFxExecutor(new AppConfig(vault, false, "coordinator", Duration.ofMinutes(30)));
        root.start(stage);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void theWeeklyMarksShowAsChartAndTableAndDrillDown(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(ActionVaults.PASS);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(robot, "#navList");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        TabPane tabs = waitFor(robot, "#tabs");
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
        TableView<DashboardTable.Row> table = waitFor(robot, "#figureTable");
        waitUntil(() -> !table.getItems().isEmpty(), "the figures are counted");
        Label summary = robot.lookup("#summaryLabel").query();
        robot.press(KeyCode.ALT, KeyCode.G).release(KeyCode.G, KeyCode.ALT);
        robot.interact(() -> robot.lookup("#sectionBox").<ComboBox<DashboardSection>>query()
                .setValue(DashboardSection.WEEKLY_MARKS));
        WaitForAsyncUtils.waitForFxEvents();
        Shots.write(table, "dashboard-marks-chart.png");
        robot.press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("District", "Waiting over 28 days", "Minutes late (meetings)"),
                table.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals(List.of(), Accessibility.problems(tabs.getScene().getRoot()), "weekly marks as a table");
        int last = table.getItems().size() - 1;
        assertEquals(null, table.getItems().get(last).key(), "a last row for every district");
        robot.interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(last, table.getColumns().get(2));
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        TableView<DashboardCase> cases = robot.lookup("#casesTable").query();
        Label title = robot.lookup("#casesLabel").query();
        waitUntil(() -> title.getText().contains("Minutes late"), "the drill-down");
        DashboardService service = new DashboardService(root.sessions(), root.sessions(), root.sessions().audit(),
                Clock.systemDefaultZone());
        List<String> expected = service.cases(
                robot.lookup("#fromPicker").<javafx.scene.control.DatePicker>query().getValue(),
                robot.lookup("#toPicker").<javafx.scene.control.DatePicker>query().getValue(),
                DashboardMeasure.MINUTES_LATE, null, null).stream().map(DashboardCase::reference).toList();
        assertTrue(!expected.isEmpty(), "the generated meetings' minutes were never sent");
        waitUntil(() -> cases.getItems().size() == expected.size(), "the list is the figure's cases");
        assertEquals(expected, cases.getItems().stream().map(DashboardCase::reference).toList());
        assertTrue(summary.getText().contains("past the longest wait today"), summary.getText());
        Shots.write(table, "dashboard-marks-table.png");
    }
}
