package org.maracdesk.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maracdesk.exchange.exports.ExportFormat;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.AppConfig;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.actions.ActionHistoryEntry;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.security.ExportEncryption;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Actions screen stores a status update with its history; the export dialog writes a decryptable file. */
@ExtendWith(ApplicationExtension.class)
class ActionsAndExportScreensTest {
    @TempDir
    static Path dir;
    private static Path vault;
    private CompositionRoot root;
    private Stage stage;

    @BeforeAll
    static void vault() {
        vault = dir.resolve("v");
        ActionVaults.create(vault, 40);
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

    private void signIn(FxRobot robot, String user) throws Exception {
        robot.interact(() -> {
            root = CompositionRoot.withFxExecutor(new AppConfig(vault, false, user, Duration.ofMinutes(30)));
            root.start(stage);
        });
        waitFor(robot, "#passphraseField");
        robot.clickOn("#passphraseField").write(ActionVaults.PASS);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(robot, "#navList");
    }

    @Test
    void policeMarkActionDoneFromActionsScreenAndItIsStoredWithHistory(FxRobot robot) throws Exception {
        signIn(robot, "police");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        TableView<ActionRow> table = waitFor(robot, "#table");
        waitUntil(() -> !table.getItems().isEmpty());
        ActionRow chosen = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), org.maracdesk.ui.Accessibility.problems(table.getScene().getRoot()), "actions screen");
        assertEquals("police", chosen.agencyCode(), "police see their own agency's actions");
        robot.interact(() -> table.getSelectionModel().select(0));
        ComboBox<ActionStatus> status = robot.lookup("#statusBox").query();
        robot.interact(() -> status.setValue(ActionStatus.DONE));
        robot.clickOn("#noteField").write("Marker placed on the address");
        robot.clickOn("#saveButton");
        Label message = robot.lookup("#messageLabel").query();
        waitUntil(() -> message.getText().contains(chosen.caseReference()));

        ActionTrackingService service = new ActionTrackingService(root.sessions(), root.sessions(),
                root.sessions().audit(), Clock.systemDefaultZone());
        List<ActionHistoryEntry> history = service.history(chosen.id());
        assertEquals(1, history.size(), "one history line for the update");
        ActionHistoryEntry line = history.get(0);
        assertEquals("police", line.by());
        assertEquals(ActionStatus.OPEN, line.from());
        assertEquals(ActionStatus.DONE, line.to());
        assertEquals(LocalDate.now(), line.completedOn(), "completion date defaults to today");
        assertEquals("Marker placed on the address", line.note());
        assertTrue(service.openActions(null).stream().noneMatch(a -> a.id() == chosen.id()),
                "the action is no longer open");
        waitUntil(() -> table.getItems().stream()
                .noneMatch(a -> a.id() == chosen.id()));
    }

    @Test
    void coordinatorExportsEncryptedDataReturnFromDialogAndItDecrypts(FxRobot robot) throws Exception {
        signIn(robot, "coordinator");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitFor(robot, "#returnTable");
        javafx.scene.control.TabPane tabs = robot.lookup("#tabs").query();
        assertEquals(List.of(), org.maracdesk.ui.Accessibility.problems(tabs.getScene().getRoot()),
                "reports screen, first tab");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), org.maracdesk.ui.Accessibility.problems(tabs.getScene().getRoot()),
                "reports screen, data return");
        javafx.scene.control.Button csvButton = robot.lookup("#exportCsvButton").query();
        assertTrue(csvButton.isVisible(), "the coordinator may export the data return");
        robot.interact(csvButton::fire);
        TextField file = waitFor(robot, "#fileField");
        assertEquals(List.of(), org.maracdesk.ui.Accessibility.problems(file.getScene().getRoot()), "export dialog");
        assertTrue(robot.lookup("#encryptBox").<javafx.scene.control.CheckBox>query().isSelected(),
                "encryption is on by default");
        Path folder = Files.createDirectories(dir.resolve("out"));
        assertTrue(file.getText().endsWith(".csv.pgp"), "the suggested name says it is encrypted: " + file.getText());
        Path out = folder.resolve(Path.of(file.getText()).getFileName());
        robot.interact(() -> file.setText(out.toString()));

        robot.clickOn("#exportButton");
        Label error = robot.lookup("#errorLabel").query();
        waitUntil(() -> error.getText().startsWith("Say whether consent was given"), "consent is asked for first");
        javafx.scene.control.ComboBox<org.maracdesk.casework.disclosure.ConsentRecord.Consent> consent =
                robot.lookup("#disclosureConsent").query();
        waitUntil(consent::isFocused, "the keyboard is put in Consent");
        robot.interact(() -> consent.setValue(org.maracdesk.casework.disclosure.ConsentRecord.Consent.GIVEN));
        robot.clickOn("#passphraseField").write("not my passphrase at all");
        robot.clickOn("#exportButton");
        waitUntil(() -> !error.getText().isEmpty() && !error.getText().startsWith("Say whether"));
        assertFalse(Files.exists(out), "nothing is written after a wrong passphrase");

        robot.clickOn("#passphraseField").write(ActionVaults.PASS);
        robot.clickOn("#exportButton");
        TextField shown = robot.lookup("#shownField").query();
        waitUntil(() -> shown.isVisible() && !shown.getText().isEmpty());
        char[] exportPass = shown.getText().toCharArray();

        ByteArrayOutputStream clear = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(out)) {
            ExportEncryption.decrypt(in, clear, exportPass);
        }
        String csv = clear.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFmeasure,number,percent_of_cases,definition\r\n"), "the documented header comes first");
        assertTrue(csv.contains("\r\ncases_discussed,"), "the figures follow");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(out), files.toList(), "only the encrypted file is written");
        }
        assertTrue(robot.lookup("#openButton").query().isVisible(), "the file can be opened from here");
        assertTrue(robot.lookup("#folderButton").query().isVisible(), "and shown in its folder");
        assertEquals(List.of(), org.maracdesk.ui.Accessibility.problems(shown.getScene().getRoot()),
                "export dialog, after the export");
        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shownField").queryAll().isEmpty(), "the passphrase is gone with the dialog");
    }

    @Test
    void coordinatorExportsALapseListFromReportsWithTheKeyboard(FxRobot robot) throws Exception {
        signIn(robot, "coordinator");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        javafx.scene.control.Button lapses = waitFor(robot, "#lapseListButton");
        assertEquals(1, mnemonicsOf(lapses.getScene().getRoot(), 'p'), "Alt+P is the lapse list's alone");
        assertEquals(1, mnemonicsOf(lapses.getScene().getRoot(), 'r'), "and Alt+R the police profiles'");
        assertTrue(robot.lookup("#profilesButton").query().isVisible(), "the coordinator makes the profiles too");
        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        TextField file = waitFor(robot, "#fileField");
        assertEquals(List.of(), org.maracdesk.ui.Accessibility.problems(file.getScene().getRoot()), "lapse list export");
        javafx.scene.control.ComboBox<?> format = robot.lookup("#formatBox").query();
        assertEquals(List.of(ExportFormat.CSV, ExportFormat.XLSX), List.copyOf(format.getItems()),
                "spreadsheet formats only, as the command line");
        javafx.scene.control.ComboBox<?> meeting = robot.lookup("#firstBox").query();
        assertFalse(meeting.getItems().isEmpty(), "the meetings to choose from");
        Path out = Files.createDirectories(dir.resolve("lapses")).resolve("lapse-list.csv.pgp");
        robot.interact(() -> file.setText(out.toString()));
        javafx.scene.control.ComboBox<org.maracdesk.casework.disclosure.ConsentRecord.Consent> consent =
                robot.lookup("#disclosureConsent").query();
        robot.interact(() -> consent.setValue(org.maracdesk.casework.disclosure.ConsentRecord.Consent.GIVEN));
        robot.clickOn("#passphraseField").write(ActionVaults.PASS);
        robot.clickOn("#exportButton");
        TextField shown = robot.lookup("#shownField").query();
        waitUntil(() -> shown.isVisible() && !shown.getText().isEmpty());
        ByteArrayOutputStream clear = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(out)) {
            ExportEncryption.decrypt(in, clear, shown.getText().toCharArray());
        }
        assertTrue(clear.toString(StandardCharsets.UTF_8).startsWith("\uFEFFcase_reference,victim,"),
                "the lapse list's columns, as `export lapses` writes them");
        robot.clickOn("#closeButton");
    }

    @Test
    void policeExportThePersonProfilesOfAMeetingFromReportsWithTheKeyboard(FxRobot robot) throws Exception {
        signIn(robot, "police");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        javafx.scene.control.Button button = waitFor(robot, "#profilesButton");
        assertEquals("Export the person profiles of a meeting for the police research", button.getAccessibleText());
        assertTrue(robot.lookup("#lapseListButton").queryAll().isEmpty(), "police have the profiles, not the lapse list");
        assertEquals(1, mnemonicsOf(button.getScene().getRoot(), 'r'), "Alt+R is the profiles' alone on Reports");
        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        TextField file = waitFor(robot, "#fileField");
        assertEquals(List.of(), org.maracdesk.ui.Accessibility.problems(file.getScene().getRoot()), "profiles export");
        javafx.scene.control.ComboBox<?> format = robot.lookup("#formatBox").query();
        assertEquals(List.of(ExportFormat.PDF, ExportFormat.CSV, ExportFormat.XLSX), List.copyOf(format.getItems()));
        javafx.scene.control.ComboBox<?> meeting = robot.lookup("#firstBox").query();
        waitUntil(() -> !meeting.getItems().isEmpty(), "the meetings to choose from");
        assertTrue(robot.lookup("#encryptBox").<javafx.scene.control.CheckBox>query().isSelected(),
                "encryption is on by default");
        Path out = Files.createDirectories(dir.resolve("profiles")).resolve("police-profiles.pdf.pgp");
        robot.interact(() -> file.setText(out.toString()));
        javafx.scene.control.ComboBox<org.maracdesk.casework.disclosure.ConsentRecord.Consent> consent =
                robot.lookup("#disclosureConsent").query();
        robot.interact(() -> consent.setValue(org.maracdesk.casework.disclosure.ConsentRecord.Consent.NOT_SOUGHT));
        robot.clickOn("#disclosureReason").write("Police research for the MARAC");
        robot.clickOn("#passphraseField").write(ActionVaults.PASS);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        TextField shown = robot.lookup("#shownField").query();
        waitUntil(() -> shown.isVisible() && !shown.getText().isEmpty());
        ByteArrayOutputStream clear = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(out)) {
            ExportEncryption.decrypt(in, clear, shown.getText().toCharArray());
        }
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(clear.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Person profiles for the police research"), text);
        }
        robot.clickOn("#closeButton");
    }

    /** How many showing controls of the screen take Alt+{@code letter}. */
    private static long mnemonicsOf(javafx.scene.Parent root, char letter) {
        return root.lookupAll("*").stream().filter(n -> n instanceof javafx.scene.control.Labeled l
                && l.isMnemonicParsing() && l.getText() != null && showing(n))
                .map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(text -> text.toLowerCase(java.util.Locale.ROOT).matches("(?s)[^_]*_" + letter + ".*"))
                .count();
    }

    private static boolean showing(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void coordinatorFiltersActionsByTypeAndAddsATypeInAdministration(FxRobot robot) throws Exception {
        signIn(robot, "coordinator");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        TableView<org.maracdesk.casework.actions.ActionRow> table = waitFor(robot, "#table");
        ComboBox<org.maracdesk.casework.actions.ActionTypeView> types = robot.lookup("#typeFilterBox").query();
        waitUntil(() -> types.getItems().size() > 1 && !table.getItems().isEmpty(), "types and actions loaded");
        assertTrue(table.getItems().stream().anyMatch(a -> !a.typeCode().equals("FLAG_AND_TAG")));
        robot.interact(() -> types.setValue(types.getItems().stream().filter(t -> t.code().equals("FLAG_AND_TAG"))
                .findFirst().orElseThrow()));
        waitUntil(() -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(a -> a.typeCode().equals("FLAG_AND_TAG")), "only flag and tag");
        assertEquals(List.of(), org.maracdesk.ui.Accessibility.problems(table.getScene().getRoot()),
                "actions screen with the type filter");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        javafx.scene.control.TabPane tabs = waitFor(robot, ".tab-pane");
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().equals("admin-tab-actionTypes")).findFirst().orElseThrow()));
        javafx.scene.control.ListView<org.maracdesk.casework.actions.ActionTypeView> list = waitFor(robot, "#typeList");
        waitUntil(() -> list.getItems().size() == 8, "the seeded types");
        assertEquals(List.of(), org.maracdesk.ui.Accessibility.problems(list.getScene().getRoot()), "action types tab");
        robot.clickOn("#nameField").write("Sanctuary scheme referral");
        robot.clickOn("#addButton");
        waitUntil(() -> list.getItems().stream().anyMatch(t -> t.name().equals("Sanctuary scheme referral")),
                "the new type listed");
        Label message = robot.lookup("#messageLabel").query();
        assertEquals("Added the action type Sanctuary scheme referral.", message.getText());
    }
}
