package org.maracdesk.ui.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.exchange.referrals.ReferralImporter;
import org.maracdesk.security.Role;
import org.maracdesk.testdata.SyntheticReferrals;
import org.maracdesk.ui.common.FxTaskExecutor;
import org.maracdesk.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Cancel pressed in the import window while an import is writing (issue 18), on a real encrypted vault:
 * nothing is stored, the window says so, and the previewed file can be imported again. The import runs on a
 * real background thread; its progress reaches the window through an executor the test holds after the
 * first chunk, so Alt+C lands mid-import without any timing.
 */
@ExtendWith(ApplicationExtension.class)
class ReferralImportCancelScreenTest {
    private static final String PASS = "referral import cancel passphrase";
    @TempDir
    Path temp;
    private ServicesGraph graph;
    private FxTaskExecutor executor;
    private ReferralImportViewModel viewModel;
    private Stage owner;
    private final AtomicBoolean importing = new AtomicBoolean();
    private final CountDownLatch firstChunk = new CountDownLatch(1);
    private final CountDownLatch goOn = new CountDownLatch(1);
    private final List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        graph = new ServicesGraph(temp.resolve("vault"), Runnable::run, Clock.systemDefaultZone());
        graph.sessions().createVault("A Coordinator", "coordinator", Role.COORDINATOR, PASS.toCharArray());
        Executor heldProgress = work -> {
            if (importing.get() && !Platform.isFxApplicationThread() && firstChunk.getCount() > 0) {
                firstChunk.countDown();
                try {
                    goOn.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Platform.runLater(work);
        };
        executor = new FxTaskExecutor();
        viewModel = new ReferralImportViewModel(new ReferralImporter(graph.referralIntake()), () -> "coordinator",
                executor, failures::add, new Messages(Locale.UK), heldProgress, summary -> { });
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Stop
    void stop() {
        goOn.countDown();
        executor.shutdown();
        graph.sessions().lock();
    }

    private long referralsStored() {
        return graph.sessions().store().read(s -> s.createNativeQuery("select count(*) from referral", Long.class)
                .getSingleResult());
    }

    @Test
    void cancelDuringTheImportStoresNothingAndTheFileCanBeImportedAfter(FxRobot robot) throws Exception {
        Path file = temp.resolve("referrals.csv");
        SyntheticReferrals.writeCsv(file, SyntheticReferrals.rows(1_200, 31, LocalDate.now().minusDays(2)));
        robot.interact(() -> new ReferralImportDialog(viewModel, new Messages(Locale.UK)).show(owner, file));
        Button importButton = waitFor(robot, "#importNowButton");
        robot.targetWindow(importButton.getScene().getWindow());
        waitUntil(() -> !importButton.isDisabled(), "the preview finished and Import is offered");

        importing.set(true);
        key(robot, KeyCode.ALT, KeyCode.I);
        assertTrue(firstChunk.await(120, TimeUnit.SECONDS), "the import wrote its first chunk");
        key(robot, KeyCode.ALT, KeyCode.C);
        goOn.countDown();

        Label status = robot.lookup("#importStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().equals("Cancelled; nothing was stored."), "the window says it was cancelled");
        assertEquals(0, referralsStored(), "nothing of the import was stored");
        assertEquals(List.of(), failures, "no error reported for a cancel");

        waitUntil(() -> !importButton.isDisabled(), "the previewed file can be imported again");
        key(robot, KeyCode.ALT, KeyCode.I);
        waitUntil(() -> status.getText().startsWith("Imported."), "imported the second time");
        assertEquals(1_200, referralsStored());
    }
}
