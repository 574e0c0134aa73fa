package org.maracdesk.ui.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import com.sun.javafx.scene.input.DragboardHelper;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.app.Main;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.testdata.SyntheticReferrals;
import org.maracdesk.ui.Accessibility;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The coordinator imports referrals from the window (issue 18), on a real encrypted vault: "Import
 * referrals…" (Alt+I) with a file that has problems lists them by line and field in exactly the words
 * `referral import` prints, and Import stays off; a good file dropped on the referral list (drag-over and
 * drop events through the scene, with the file on the dragboard) is previewed — the same summary `referral import --preview` prints —
 * and imported with Alt+I, all at once, and the list then shows the referrals.
 */
@ExtendWith(ApplicationExtension.class)
class ReferralImportScreenTest {
    private static final String PASS = "referral import screen passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;
    private Path vaultDir;

    @Start
    void start(Stage stage) throws Exception {
        vaultDir = temp.resolve("vault");
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

    /** The command line's output on the same vault, run while the window is still locked. */
    private record Cli(int code, String out, String err) {
    }

    private Cli cli(String... args) throws Exception {
        Path pass = temp.resolve("pass.txt");
        Files.writeString(pass, PASS + "\n", StandardCharsets.UTF_8);
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--vault", vaultDir.toString(), "--user", "coordinator", "--passphrase-file",
                pass.toString()));
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(all.toArray(String[]::new));
            return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /**
     * A drag event carrying {@code files} on its dragboard, as the system's drag and drop hands them to
     * the scene (Monocle, the headless test platform, has no drag gesture of its own to drive).
     */
    private static DragEvent drag(javafx.event.EventType<DragEvent> type, Path... files) {
        Dragboard board = DragboardHelper.createDragboard(new FilesOnly(
                java.util.Arrays.stream(files).map(Path::toFile).toList()));
        return new DragEvent(type, board, 20, 40, 20, 40, TransferMode.COPY, null, null, null);
    }

    /** Makes a drag event on the FX thread (a dragboard must be made there) and fires it at {@code target}. */
    private static DragEvent fire(FxRobot robot, javafx.scene.Node target, javafx.event.EventType<DragEvent> type,
                                  Path... files) {
        DragEvent[] fired = new DragEvent[1];
        robot.interact(() -> {
            fired[0] = drag(type, files);
            Event.fireEvent(target, fired[0]);
        });
        return fired[0];
    }

    /** What another program puts on the dragboard when files are dragged from it: the files, to copy. */
    private record FilesOnly(List<File> files) implements com.sun.javafx.tk.TKClipboard {
        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public java.util.Set<DataFormat> getContentTypes() {
            return java.util.Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(javafx.util.Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return DataFormat.FILES.equals(format) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return DataFormat.FILES.equals(format);
        }

        @Override
        public java.util.Set<TransferMode> getTransferModes() {
            return java.util.EnumSet.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    @Test
    void problemsInTheCommandLinesWordsThenADroppedFileIsPreviewedAndImported(FxRobot robot) throws Exception {
        List<SyntheticReferrals.Row> rows = SyntheticReferrals.rows(3, 18, LocalDate.now().minusDays(2));
        Path good = temp.resolve("referrals.csv");
        SyntheticReferrals.writeCsv(good, rows);
        Path bad = temp.resolve("bad.csv");
        String text = Files.readString(good, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        lines[2] = lines[2].replace(rows.get(1).referralDate().toString(), "2026-02-31");
        lines[3] = lines[3].replace(",dash-24,", ",dash-99,");
        Files.writeString(bad, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);

        // What the command line says about each file, before the window signs in.
        Cli badCli = cli("referral", "import", bad.toString());
        assertEquals(2, badCli.code(), badCli.err());
        List<String> cliProblems = badCli.err().lines().filter(l -> l.startsWith("  line ")).map(String::strip)
                .toList();
        assertTrue(cliProblems.size() >= 2, badCli.err());
        assertTrue(cliProblems.get(0).startsWith("line 3, field referralDate: "), cliProblems.get(0));
        Cli preview = cli("referral", "import", "--preview", good.toString());
        assertEquals(0, preview.code(), preview.err());
        String cliSummary = preview.out().lines().findFirst().orElseThrow();
        assertTrue(cliSummary.startsWith("Would import 3 referrals: "), cliSummary);

        robot.clickOn("#passphraseField").write(PASS);
        key(robot, KeyCode.ENTER);
        waitFor(robot, "#navList");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        Button open = waitFor(robot, "#importButton");
        assertTrue(open.isVisible(), "a coordinator is offered Import referrals");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        assertEquals(List.of(), Accessibility.problems(table.getScene().getRoot()),
                "the referral list with its import button");

        // Alt+I opens the import window; a file with problems is listed as the command line lists it.
        key(robot, KeyCode.ALT, KeyCode.I);
        TextField file = waitFor(robot, "#importFileField");
        waitUntil(file::isFocused, "the file field has the focus when the window opens");
        robot.targetWindow(file.getScene().getWindow());
        robot.write(bad.toString());
        key(robot, KeyCode.ENTER);
        ListView<String> problems = waitFor(robot, "#importLines");
        Label status = robot.lookup("#importStatus").queryAs(Label.class);
        try {
            waitUntil(() -> problems.getItems().size() == cliProblems.size(), "the bad file's problems are listed");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; status: " + status.getText() + "; lines: "
                    + problems.getItems() + "; cli: " + cliProblems + "; field: " + file.getText(), e);
        }
        assertEquals(cliProblems, List.copyOf(problems.getItems()), "the same words as `referral import`");
        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        assertEquals(badCli.err().lines().filter(l -> l.startsWith("marac-desk: ")).findFirst().orElseThrow()
                .substring("marac-desk: ".length()).replaceAll(":$", ""), summary.getText());
        Button importButton = robot.lookup("#importNowButton").queryAs(Button.class);
        assertTrue(importButton.isDisabled(), "nothing to import from a file with problems");
        assertEquals(List.of(), Accessibility.problems(file.getScene().getRoot()), "the import window");
        key(robot, KeyCode.ALT, KeyCode.F);
        waitUntil(file::isFocused, "Alt+F goes back to the file field");
        assertEquals(cliProblems, List.copyOf(problems.getItems()), "Alt+F does not preview again");
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> file.getScene().getWindow() == null || !file.getScene().getWindow().isShowing(),
                "Escape closes the import window");
        assertTrue(table.getItems().isEmpty(), "nothing was imported");

        // A file that is not CSV or JSON dragged over the list (real drag events through the scene, as the
        // system's drag and drop delivers them): not accepted; dropped anyway: a notice, no window.
        Path notes = temp.resolve("notes.txt");
        Files.writeString(notes, "not referrals", StandardCharsets.UTF_8);
        DragEvent notesOver = fire(robot, table, DragEvent.DRAG_OVER, notes);
        assertFalse(notesOver.isAccepted(), "a .txt file is not accepted over the list");
        DragEvent notesDropped = fire(robot, table, DragEvent.DRAG_DROPPED, notes);
        assertFalse(notesDropped.isDropCompleted(), "the drop of a .txt file is refused");
        Label notice = robot.lookup("#noticeLabel").queryAs(Label.class);
        waitUntil(() -> notice.getText().contains(".csv or .json"), "a wrong file dropped is refused with a notice");
        DragEvent twoOver = fire(robot, table, DragEvent.DRAG_OVER, good, bad);
        assertFalse(twoOver.isAccepted(), "two files at once are not accepted");

        // The good file dragged over the list is accepted as a copy, and dropped: previewed at once, then
        // imported with Alt+I.
        DragEvent goodOver = fire(robot, table, DragEvent.DRAG_OVER, good);
        assertEquals(TransferMode.COPY, goodOver.getAcceptedTransferMode(), "a .csv file is accepted over the list");
        DragEvent goodDropped = fire(robot, table, DragEvent.DRAG_DROPPED, good);
        assertTrue(goodDropped.isDropCompleted(), "the drop of a .csv file is taken");
        TextField file2 = waitFor(robot, "#importFileField");
        Label summary2 = robot.lookup("#importSummary").match(l -> l.getScene() == file2.getScene())
                .queryAs(Label.class);
        Button import2 = robot.lookup("#importNowButton").match(b -> b.getScene() == file2.getScene())
                .queryAs(Button.class);
        waitUntil(() -> !import2.isDisabled(), "the dropped file's preview finds no problem");
        assertEquals(cliSummary, summary2.getText(), "the preview says what `referral import --preview` says");
        assertEquals(good.toString(), file2.getText());
        assertTrue(table.getItems().isEmpty(), "the preview stored nothing");
        waitUntil(import2::isFocused, "Import has the focus after a clean preview");
        key(robot, KeyCode.ALT, KeyCode.I);
        waitUntil(() -> summary2.getText().startsWith("Imported 3 referrals: "), "the import is done");
        assertEquals(cliSummary.replace("Would import ", "Imported "), summary2.getText(),
                "the import made what the preview said it would");
        assertTrue(import2.isDisabled(), "the same file is not imported twice from one preview");
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> table.getItems().size() == 3, "the referral list shows the imported referrals");
        assertEquals(summary2.getText(), notice.getText(), "the list says what was imported");
    }
}
