package org.maracdesk.ui.meetings;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.maracdesk.ui.common.Messages;

/**
 * A police account's Meetings area (decision 0041): its research requests and, on a second tab, the crimes
 * disclosed at MARAC to record. Ctrl+Shift+R and Ctrl+Shift+C choose the tab from anywhere in the window (as the
 * coordinator's meeting tabs do); the crimes are read when their tab is first shown.
 */
final class PoliceTabs {
    private PoliceTabs() {
    }

    static Parent build(Parent research, Supplier<Parent> crimes, Messages messages) {
        Tab researchTab = new Tab(messages.get("police.tabs.research"), research);
        Tab crimesTab = new Tab(messages.get("police.tabs.crimes"));
        crimesTab.setId("policeCrimesTab");
        crimesTab.selectedProperty().addListener((o, was, now) -> {
            if (now && crimesTab.getContent() == null) {
                crimesTab.setContent(crimes.get());
            }
        });
        TabPane tabs = new TabPane(researchTab, crimesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setAccessibleText(messages.get("police.tabs.accessible"));
        org.maracdesk.ui.common.LocalShortcuts.declare(tabs, combination(KeyCode.R),
                messages.format("shortcut.tab", researchTab.getText()));
        org.maracdesk.ui.common.LocalShortcuts.declare(tabs, combination(KeyCode.C),
                messages.format("shortcut.tab", crimesTab.getText()));
        EventHandler<KeyEvent> keys = e -> {
            if (!e.isControlDown() || !e.isShiftDown() || e.getCode() != KeyCode.R && e.getCode() != KeyCode.C) {
                return;
            }
            tabs.getSelectionModel().select(e.getCode() == KeyCode.R ? researchTab : crimesTab);
            javafx.application.Platform.runLater(() -> {
                javafx.scene.Node first = tabs.getSelectionModel().getSelectedItem().getContent();
                if (first != null) {
                    javafx.scene.Node box = first.lookup(e.getCode() == KeyCode.C ? "#policeMeetingBox" : ".list-view");
                    (box != null ? box : first).requestFocus();
                }
            });
            e.consume();
        };
        // On the scene, so the keys work while the navigation list still has the focus.
        tabs.sceneProperty().addListener((o, before, scene) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        return tabs;
    }

    private static KeyCodeCombination combination(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
