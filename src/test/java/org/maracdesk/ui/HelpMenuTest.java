package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.Mnemonic;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CompositionRoot;
import org.maracdesk.ui.shell.NavArea;
import org.maracdesk.ui.shell.ShortcutList;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Help menu: the shortcut list is exactly what the window has registered, and the keys it lists do
 * what it says; F1 opens the guide of the area showing; About names the version and the licences.
 */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
    private static final String PASS = "help menu test passphrase";
    @TempDir
    Path temp;
    private CompositionRoot root;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        root = DemoDesk.start(stage, temp.resolve("vault"), PASS, 5, 4);
    }

    @Stop
    void stop() {
        root.stop();
    }

    @Test
    void shortcutListIsWhatIsRegisteredAndTheKeysDoWhatItSays(FxRobot robot) throws Exception {
        DemoDesk.signIn(robot, PASS);
        ListView<NavArea> nav = waitFor(robot, "#navList");
        waitFor(robot, "#closedBox");
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        waitUntil(() -> !robot.lookup(".risk-high").queryAll().isEmpty(), "the demo cases include high-risk ones");
        for (javafx.scene.Node cell : robot.lookup(".risk-high").queryAll()) {
            String text = ((javafx.scene.control.Labeled) cell).getText();
            assertTrue(text != null && text.startsWith("High ("), "high risk said in words, not colour alone: " + text);
        }

        fire(robot, "shortcutsItem");
        TableView<ShortcutList.Shortcut> table = waitFor(robot, "#shortcutTable");
        Set<String> listed = table.getItems().stream().map(ShortcutList.Shortcut::keys)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = new TreeSet<>();
        robot.interact(() -> {
            scene.getAccelerators().keySet().forEach(k -> registered.add(ShortcutList.keys(k)));
            scene.getMnemonics().forEach((k, list) -> {
                if (list.stream().map(Mnemonic::getNode).anyMatch(ShortcutList::showing)) {
                    registered.add(ShortcutList.keys(k));
                }
            });
        });
        assertEquals(registered, listed, "the list shows exactly the keys registered in the window");
        assertTrue(listed.containsAll(Set.of("Ctrl+1", "Ctrl+6", "Ctrl+L", "Ctrl+F", "Ctrl+=", "Ctrl+-", "Ctrl+0",
                "F1", "F10", "Alt+D")), listed.toString());
        assertFalse(table.getItems().stream().anyMatch(s -> s.action().equals("(not described)")),
                "every key says what it does");
        assertEquals("Show closed cases", action(table, "Alt+D"));
        assertEquals("Actions", action(table, "Ctrl+4"));
        assertEquals("Larger text", action(table, "Ctrl+="));
        assertEquals(List.of(), Accessibility.problems(table.getScene().getRoot()), "shortcut window");
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#shortcutTable").queryAll().isEmpty());

        robot.clickOn("#signedInLabel");
        CheckBox closed = robot.lookup("#closedBox").query();
        boolean before = closed.isSelected();
        key(robot, KeyCode.ALT, KeyCode.D);
        waitUntil(closed::isFocused, "Alt+D goes to Show closed cases");
        key(robot, KeyCode.SPACE);
        waitUntil(() -> closed.isSelected() != before, "and Space ticks it");

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        waitUntil(() -> nav.getSelectionModel().getSelectedItem() == NavArea.ACTIONS, "Ctrl+4 shows Actions");

        double normal = fontSize(scene);
        key(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        waitUntil(() -> fontSize(scene) > normal, "Ctrl+= makes the text larger");
        key(robot, KeyCode.CONTROL, KeyCode.MINUS);
        key(robot, KeyCode.CONTROL, KeyCode.MINUS);
        waitUntil(() -> fontSize(scene) < normal, "Ctrl+- makes it smaller");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        waitUntil(() -> fontSize(scene) == normal, "Ctrl+0 puts it back");

        key(robot, KeyCode.F1);
        TextArea guide = waitFor(robot, "#guideText");
        waitUntil(() -> guide.getText().contains("Actions"), "F1 opens the guide");
        ListView<?> topics = robot.lookup("#guideTopics").query();
        assertEquals("ACTIONS", String.valueOf(topics.getSelectionModel().getSelectedItem()));
        assertFalse(guide.getText().contains("**"), "Markdown marks are not shown");
        assertEquals(List.of(), Accessibility.problems(guide.getScene().getRoot()), "guide window");
        robot.interact(() -> ((Stage) guide.getScene().getWindow()).close());

        fire(robot, "aboutItem");
        javafx.scene.control.Label version = waitFor(robot, "#aboutVersion");
        assertTrue(version.getText().startsWith("Version "), version.getText());
        assertEquals(List.of(), Accessibility.problems(version.getScene().getRoot()), "About window");
        TextArea notices = robot.lookup("#noticesText").query();
        assertTrue(notices.getText().contains("PDFBox"), "third-party notices are bundled");
        TextArea licence = robot.lookup("#licenceText").query();
        assertTrue(licence.getText().contains("Apache License"), "the licence is bundled");
        robot.interact(() -> ((Stage) version.getScene().getWindow()).close());

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        javafx.scene.control.TabPane meetingTabs = waitFor(robot, ".tab-pane");
        fire(robot, "shortcutsItem");
        TableView<ShortcutList.Shortcut> inMeetings = waitFor(robot, "#shortcutTable");
        assertEquals("Go to the Meeting view tab", action(inMeetings, "Ctrl+Shift+M"),
                "keys a screen handles itself are listed while it shows");
        assertTrue(inMeetings.getItems().stream().noneMatch(k -> k.action().contains("closed cases")),
                "the Cases screen's keys (Alt+D, Show closed cases) are gone with it");
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#shortcutTable").queryAll().isEmpty());
        robot.clickOn("#signedInLabel");
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        waitUntil(() -> "Meeting view".equals(meetingTabs.getSelectionModel().getSelectedItem().getText()),
                "Ctrl+Shift+M goes to the meeting view");
    }

    private static String action(TableView<ShortcutList.Shortcut> table, String keys) {
        return table.getItems().stream().filter(s -> s.keys().equals(keys)).map(ShortcutList.Shortcut::action)
                .findFirst().orElse("(missing)");
    }

    /** The font size the stylesheets give a label of the main window (the one that says who is signed in). */
    private static double fontSize(Scene scene) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.Label label = (javafx.scene.control.Label) scene.getRoot().lookup("#signedInLabel");
            label.applyCss();
            return label.getFont().getSize();
        }).get();
    }

    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> {
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null && w.getScene().getRoot().lookup("#menuBar") instanceof MenuBar bar) {
                    for (Menu m : bar.getMenus()) {
                        for (MenuItem i : m.getItems()) {
                            if (id.equals(i.getId())) {
                                i.fire();
                                return;
                            }
                        }
                    }
                }
            }
            throw new AssertionError("no menu item " + id);
        });
    }
}
