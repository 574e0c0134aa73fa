package org.maracdesk.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
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
import org.maracdesk.casework.CaseTransfer.Direction;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.casework.transfers.CaseTransferService;
import org.maracdesk.exchange.reports.DashboardCase;
import org.maracdesk.exchange.reports.DashboardMeasure;
import org.maracdesk.exchange.reports.DashboardService;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.SessionManager;
import org.maracdesk.ui.Accessibility;
import org.maracdesk.ui.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 (decision 0069): transfers between MARACs on the dashboard, in and out by the other area, as a chart and
 * as a table, in the summary line, and the drill-down from the table's last row listing the cases behind the figure.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardTransfersScreenTest {
    @TempDir
    Path dir;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = dir.resolve("v");
        ActionVaults.create(vault, 40);
        LocalDate quarter = LocalDate.now().minusMonths(3).with(IsoFields.DAY_OF_QUARTER, 1);
        SessionManager setup = ActionVaults.signIn(vault, "coordinator");
        CaseTransferService transfers = new CaseTransferService(setup, setup, new AuditLog(Clock.systemUTC()),
                Clock.systemUTC());
        List<Long> cases = setup.store().read(s -> s.createNativeQuery("select id from marac_case order by id",
                Long.class).setMaxResults(4).getResultList());
        transfers.add(cases.get(0), entry(Direction.IN, "Northshire", quarter.plusDays(5)));
        transfers.add(cases.get(1), entry(Direction.IN, "Northshire", quarter.plusDays(20)));
        transfers.add(cases.get(2), entry(Direction.OUT, "Eastmere", quarter.plusDays(40)));
        transfers.add(cases.get(3), entry(Direction.OUT, "Northshire", quarter.plusDays(60)));
        setup.lock();
        root = CompositionRoot.withFxExecutor(new AppConfig(vault, false, "coordinator", Duration.ofMinutes(30)));
        root.start(stage);
    }

    private static CaseTransferService.Entry entry(Direction direction, String area, LocalDate moved) {
        return new CaseTransferService.Entry(direction, area, moved, null, null, null, null, null);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void transfersShowByAreaAsChartAndTableAndDrillDown(FxRobot robot) throws Exception {
        robot.clickOn("#passphraseField").write(ActionVaults.PASS);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(robot, "#navList");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        TabPane tabs = waitFor(robot, "#tabs");
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
        TableView<DashboardTable.Row> table = waitFor(robot, "#figureTable");
        waitUntil(() -> !table.getItems().isEmpty(), "the figures are counted");
        Label summary = robot.lookup("#summaryLabel").query();
        assertTrue(summary.getText().contains("Transfers between MARACs: 2 in, 2 out."), summary.getText());
        robot.interact(() -> robot.lookup("#sectionBox").<ComboBox<DashboardSection>>query()
                .setValue(DashboardSection.TRANSFERS_BY_AREA));
        WaitForAsyncUtils.waitForFxEvents();
        Shots.write(tabs, "dashboard-transfers-chart.png");
        robot.press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Other MARAC area", "Transfers in", "Transfers out"),
                table.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals(List.of("Eastmere", "Northshire", "All"), table.getItems().stream()
                .map(DashboardTable.Row::name).toList());
        assertEquals(List.of("2", "1"), table.getItems().get(1).cells(), "Northshire: two in, one out");
        assertEquals(List.of(), Accessibility.problems(tabs.getScene().getRoot()), "transfers as a table");
        int last = table.getItems().size() - 1;
        robot.interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(last, table.getColumns().get(2));
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        TableView<DashboardCase> cases = robot.lookup("#casesTable").query();
        Label title = robot.lookup("#casesLabel").query();
        waitUntil(() -> title.getText().contains("Transfers out"), "the drill-down");
        DashboardService service = new DashboardService(root.sessions(), root.sessions(), root.sessions().audit(),
                Clock.systemDefaultZone());
        List<String> expected = service.cases(
                robot.lookup("#fromPicker").<javafx.scene.control.DatePicker>query().getValue(),
                robot.lookup("#toPicker").<javafx.scene.control.DatePicker>query().getValue(),
                DashboardMeasure.TRANSFERS_OUT, null, null).stream().map(DashboardCase::reference).toList();
        assertEquals(2, expected.size(), "two cases went out");
        waitUntil(() -> cases.getItems().size() == expected.size(), "the list is the figure's cases");
        assertEquals(expected, cases.getItems().stream().map(DashboardCase::reference).toList());
        Shots.write(tabs, "dashboard-transfers-table.png");
    }
}
