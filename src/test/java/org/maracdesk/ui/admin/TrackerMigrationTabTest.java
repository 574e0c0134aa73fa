package org.maracdesk.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.meetings.MeetingSetupService;
import org.maracdesk.casework.migration.TrackerMigrationService;
import org.maracdesk.exchange.tracker.ColumnMapping;
import org.maracdesk.exchange.tracker.MappingFile;
import org.maracdesk.exchange.tracker.TrackerField;
import org.maracdesk.exchange.tracker.TrackerMigrator;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.MessyTracker;
import org.maracdesk.testdata.TestDesk;
import org.maracdesk.ui.Accessibility;
import org.maracdesk.ui.admin.TrackerNames.NameRow;
import org.maracdesk.ui.admin.TrackerNames.Place;
import org.maracdesk.ui.common.Fxml;
import org.maracdesk.ui.common.FxTaskExecutor;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.ViewLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The Migrate a tracker tab on its own, over a real encrypted vault with districts: names the tool
 * cannot place are placed from the keyboard, the mapping is saved in the command line's format and
 * loaded again; and Cancel pressed while the migration is writing (held after its first chunk) rolls
 * everything back. The tab's background work runs on a real background thread; progress reaches the
 * screen through an executor the test can hold, so the Cancel lands mid-migration without timing.
 */
@ExtendWith(ApplicationExtension.class)
class TrackerMigrationTabTest {
    private static final String PASS = "tracker migration tab passphrase";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private TestDesk desk;
    private FxTaskExecutor executor;
    private TrackerMigrationViewModel viewModel;
    private final AtomicReference<File> asked = new AtomicReference<>();
    private final List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The first progress report from the migration (its first chunk written), and the test's go-ahead. */
    private final CountDownLatch firstProgress = new CountDownLatch(1);
    private final CountDownLatch goOn = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(StoreKind.H2, temp.resolve("vault"), "Coordinator", "coordinator", PASS.toCharArray());
        MeetingSetupService setup = new MeetingSetupService(desk, desk, new AuditLog(CLOCK));
        for (String d : List.of("Northbridge", "Swale", "North", "South", "East")) {
            setup.addDistrict("Kent", d);
        }
        TrackerMigrator migrator = new TrackerMigrator(new TrackerMigrationService(desk, desk, new AuditLog(CLOCK),
                new InstrumentRegistry(), CLOCK), CLOCK);
        Executor heldProgress = work -> {
            if (!Platform.isFxApplicationThread() && firstProgress.getCount() > 0) {
                firstProgress.countDown();
                try {
                    goOn.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Platform.runLater(work);
        };
        Messages messages = new Messages(Locale.UK);
        executor = new FxTaskExecutor();
        viewModel = new TrackerMigrationViewModel(migrator, executor, heldProgress, failures::add, messages);
        TrackerMigrationView view = new TrackerMigrationView(viewModel, messages, (owner, save) -> asked.get());
        stage.setScene(new Scene(new ViewLoader(messages).load(Fxml.TRACKER_MIGRATION_VIEW, view), 1300, 720));
        stage.show();
    }

    @Stop
    void stop() {
        assertEquals(List.of(), failures, "failures reported to the error handler");
        goOn.countDown();
        executor.shutdown();
        desk.close();
    }

    private void read(FxRobot robot, Path tracker) {
        TextField fileField = waitFor(robot, "#fileField");
        robot.interact(() -> {
            fileField.setText("");
            fileField.requestFocus();
        });
        robot.write(tracker.toString());
        key(robot, KeyCode.ENTER);
    }

    @Test
    void unplacedNamesArePlacedFromTheKeyboardThenTheMappingIsSavedAndLoadedAgain(FxRobot robot) throws Exception {
        Path tracker = temp.resolve("tracker.csv");
        Files.writeString(tracker, "Victim,DOB,MARAC date,Referring agency,District,DASH\n"
                + "Marnie PELLWORTH,17/04/1991,12/03/2021,Oakwood Refuge,Nth Swale,14\n"
                + "Tamsin OXENBY,03/05/1988,12/03/2021,Kent Police,Northbridge,12\n", StandardCharsets.UTF_8);
        Button migrate = waitFor(robot, "#migrateButton");
        TextArea report = robot.lookup("#reportText").queryAs(TextArea.class);
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        Label unplaced = robot.lookup("#unplacedLabel").queryAs(Label.class);
        read(robot, tracker);
        waitUntil(() -> report.getText().contains("2 problems"), "the dry run reports the two names it cannot place");
        assertTrue(report.getText().contains("Line 2, column Referring agency (\"Oakwood Refuge\"): is an agency this"
                + " vault does not know"), report.getText());
        assertTrue(report.getText().contains("Line 2, column District (\"Nth Swale\"): is a district this vault does"
                + " not know"), report.getText());
        assertTrue(migrate.isDisabled());
        TableView<NameRow> names = waitFor(robot, "#namesTable");
        assertEquals(List.of("Oakwood Refuge", "Kent Police", "Nth Swale", "Northbridge"),
                names.getItems().stream().map(NameRow::name).toList());
        assertEquals(List.of("", "police", "", "Northbridge"),
                names.getItems().stream().map(r -> r.placeProperty().get().value()).toList());
        assertEquals("2 names are not placed yet.", unplaced.getText());
        assertEquals(List.of(), Accessibility.problems(names.getScene().getRoot()),
                "controls of the migration tab without a name for screen readers");

        // Each unplaced name: selected in the table, Tab to the box beside it, placed.
        @SuppressWarnings("unchecked")
        ComboBox<Place> place = robot.lookup("#placeBox").queryAs(ComboBox.class);
        place(robot, names, place, 0, "idva");
        place(robot, names, place, 2, "Swale");
        assertEquals("Every name is placed.", unplaced.getText());
        assertTrue(migrate.isDisabled(), "a changed mapping needs a new dry run");
        key(robot, KeyCode.ALT, KeyCode.Y);
        waitUntil(() -> !migrate.isDisabled(), "the dry run with the names placed is clean");
        assertTrue(report.getText().contains("No problems"), report.getText());

        // Saved in the command line's format (what migrate tracker --mapping reads).
        Path saved = temp.resolve("tracker-mapping.json");
        asked.set(saved.toFile());
        key(robot, KeyCode.ALT, KeyCode.V);
        waitUntil(() -> status.getText().startsWith("Mapping saved to"), "the mapping is saved");
        ColumnMapping m = MappingFile.read(saved);
        assertEquals("Victim", m.column(TrackerField.VICTIM_NAME));
        assertEquals("MARAC date", m.column(TrackerField.MARAC_DATE));
        assertEquals("idva", m.agencies().get("Oakwood Refuge"));
        assertEquals("police", m.agencies().get("Kent Police"));
        assertEquals("Swale", m.districts().get("Nth Swale"));
        assertTrue(Files.readString(saved).contains("\"format\" : \"marac-desk-tracker-mapping\""));

        // The tracker read afresh forgets the placings; the saved mapping brings them back.
        read(robot, tracker);
        waitUntil(() -> report.getText().contains("2 problems") && migrate.isDisabled(), "proposed afresh");
        key(robot, KeyCode.ALT, KeyCode.L);
        waitUntil(() -> !migrate.isDisabled(), "the loaded mapping gives a clean dry run");
        assertTrue(status.getText().startsWith("Mapping tracker-mapping.json loaded"), status.getText());
        assertEquals("idva", names.getItems().get(0).placeProperty().get().value());

        // A mapping file the command line would refuse is refused here in the same words.
        Path wrong = temp.resolve("wrong.json");
        Files.writeString(wrong, "{\"format\": \"marac-desk-tracker-mapping\", \"version\": 1, \"colums\": {}}");
        asked.set(wrong.toFile());
        key(robot, KeyCode.ALT, KeyCode.L);
        waitUntil(() -> status.getText().startsWith("The mapping file could not be used"), "a bad mapping file");
        assertTrue(status.getText().contains("the mapping file's colums is not a key of a tracker mapping"),
                status.getText());
        assertFalse(migrate.isDisabled(), "the last clean dry run still stands");
    }

    private static void place(FxRobot robot, TableView<NameRow> names, ComboBox<Place> place, int row, String value) {
        robot.interact(() -> {
            names.requestFocus();
            names.getSelectionModel().select(row);
        });
        key(robot, KeyCode.TAB);
        waitUntil(place::isFocused, "Tab goes from the names to the box that places the selected one");
        Place target = place.getItems().stream().filter(p -> p.value().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + value + " in " + place.getItems()));
        robot.interact(() -> place.setValue(target));
        waitUntil(() -> names.getItems().get(row).placeProperty().get().value().equals(value), "placed");
    }

    @Test
    void cancelWhileMigratingRollsEverythingBack(FxRobot robot) throws Exception {
        MessyTracker truth = new MessyTracker(11, 500, TODAY);
        assertTrue(truth.listings.size() > TrackerMigrationService.CHUNK, "more rows than one chunk");
        Path tracker = temp.resolve("tracker.xlsx");
        truth.writeXlsx(tracker);
        Button migrate = waitFor(robot, "#migrateButton");
        Button cancel = robot.lookup("#cancelButton").queryAs(Button.class);
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        read(robot, tracker);
        waitUntil(() -> !migrate.isDisabled(), "the generated tracker's dry run is clean");
        long auditBefore = count("select count(a) from AuditEntry a");

        key(robot, KeyCode.ALT, KeyCode.N);
        assertTrue(firstProgress.await(120, TimeUnit.SECONDS), "the migration wrote its first chunk");
        assertFalse(cancel.isDisabled(), "Cancel is offered while the migration runs");
        robot.clickOn(cancel);
        waitUntil(() -> status.getText().startsWith("Cancelling"), "the cancel is acknowledged");
        goOn.countDown();
        waitUntil(() -> status.getText().equals("Migration cancelled; nothing was written."), "the migration stops");
        assertTrue(cancel.isDisabled());
        assertTrue(migrate.isDisabled(), "a new dry run comes before another attempt");

        assertEquals(0, count("select count(c) from MaracCase c"));
        assertEquals(0, count("select count(p) from Person p"));
        assertEquals(0, count("select count(r) from Referral r"));
        assertEquals(0, count("select count(l) from Listing l"));
        assertEquals(0, count("select count(m) from Meeting m"));
        assertEquals(auditBefore, count("select count(a) from AuditEntry a"), "no migration entry in the audit trail");
    }

    private long count(String hql) {
        return desk.store().read(s -> s.createSelectionQuery(hql, Long.class).getSingleResult());
    }
}
