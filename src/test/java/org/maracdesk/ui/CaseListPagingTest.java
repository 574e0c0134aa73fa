package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.CaseSummary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * More cases than one page: the coordinator pages through the list, sorts every case by the victim's
 * family name (the database's order, not the page's), and narrows the list by typing.
 */
@ExtendWith(ApplicationExtension.class)
class CaseListPagingTest {
    private static final String PASS = "case list paging test passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        root = DemoDesk.start(stage, temp.resolve("vault"), PASS, 5, 400);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void pagesSortsEveryCaseAndFilters(FxRobot robot) throws Exception {
        DemoDesk.signIn(robot, PASS);
        TableView<CaseSummary> table = waitFor(robot, "#table");
        Label status = robot.lookup("#statusLabel").query();
        waitUntil(() -> status.getText().startsWith("Cases 1–100 of "), "the status line says which cases are shown");
        assertEquals(100, table.getItems().size());
        long total = Long.parseLong(status.getText().replaceAll("^Cases 1–100 of ([0-9,]+):.*$", "$1").replace(",", ""));
        assertTrue(total > 200, "the demo vault has more than two pages of open cases: " + total);

        Set<Long> seen = new HashSet<>(table.getItems().stream().map(CaseSummary::id).toList());
        Button next = robot.lookup("#nextButton").query();
        Button previous = robot.lookup("#previousButton").query();
        assertTrue(previous.isDisabled(), "no page before the first");
        robot.clickOn(next);
        waitUntil(() -> status.getText().startsWith("Cases 101–200 of "), "the status line says which cases are shown");
        table.getItems().forEach(c -> assertTrue(seen.add(c.id()), "a case on two pages"));
        assertTrue(!previous.isDisabled());

        TableColumn<CaseSummary, ?> risk = table.getColumns().get(4);
        assertTrue(!risk.isSortable(), "a column the database cannot order is not offered while the list is paged");
        TableColumn<CaseSummary, ?> victim = table.getColumns().get(1);
        robot.interact(() -> {
            victim.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(victim);
        });
        waitUntil(() -> status.getText().startsWith("Cases 1–100 of "), "the status line says which cases are shown");
        List<String> families = new ArrayList<>(table.getItems().stream()
                .map(c -> c.victimName().substring(c.victimName().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)).toList());
        List<String> ordered = new ArrayList<>(families);
        ordered.sort(null);
        assertEquals(ordered, families, "the first page holds the first family names of every case");

        String family = table.getItems().get(0).victimName().substring(table.getItems().get(0).victimName().lastIndexOf(' ') + 1);
        robot.clickOn("#filterField").write(family.substring(0, Math.min(4, family.length())).toUpperCase(Locale.ROOT));
        waitUntil(() -> !status.getText().startsWith("Cases ") && !status.getText().startsWith("Loading"),
                "the list narrowed to one page of matches");
        assertTrue(!table.getItems().isEmpty());
        String typed = family.substring(0, Math.min(4, family.length())).toLowerCase(Locale.ROOT);
        for (CaseSummary c : table.getItems()) {
            boolean name = java.util.Arrays.stream(c.victimName().toLowerCase(Locale.ROOT).split(" "))
                    .anyMatch(w -> w.startsWith(typed));
            boolean district = c.district() != null && c.district().toLowerCase(Locale.ROOT).startsWith(typed);
            assertTrue(name || district, "a name or district starting with what was typed: " + c.reference());
        }
        assertTrue(next.isDisabled() || !next.isVisible(), "one page of matches");
    }
}
