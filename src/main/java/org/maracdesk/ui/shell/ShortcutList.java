package org.maracdesk.ui.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;
import org.maracdesk.ui.common.LocalShortcuts;
import org.maracdesk.ui.common.Messages;

/**
 * The keyboard shortcuts as they are registered in the window at this moment: the scene's accelerators
 * (named by the menu item that owns them) and the mnemonics of the screen that is showing (named by
 * their label). Read from the scene itself, so the list cannot drift from what the keys do.
 */
public final class ShortcutList {
    /** One key: what to press, what it does, and where it comes from (a menu, or this screen). */
    public record Shortcut(KeyCombination key, String keys, String action, String where) {
    }

    /** Registered by the menu bar itself: opens the first menu. */
    private static final KeyCombination MENU_BAR = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.F10);

    private ShortcutList() {
    }

    /**
     * The keys as a user reads them. A label's mnemonic is a toolkit-internal combination whose display
     * text leaves out the letter; its name has it in quotes ("Alt+'d'"), shown in capitals as on the key cap.
     */
    public static String keys(KeyCombination key) {
        if (key instanceof javafx.scene.input.KeyCodeCombination
                || key instanceof javafx.scene.input.KeyCharacterCombination) {
            return key.getDisplayText();
        }
        String name = key.getName().replace("'", "");
        int plus = name.lastIndexOf('+');
        return plus < 0 || plus == name.length() - 1 ? name
                : name.substring(0, plus + 1) + name.substring(plus + 1).toUpperCase(java.util.Locale.ROOT);
    }

    public static List<Shortcut> of(Scene scene, Messages messages) {
        Map<KeyCombination, String> menuNames = new LinkedHashMap<>();
        Map<KeyCombination, String> menuTitles = new LinkedHashMap<>();
        MenuBar bar = scene.getRoot() == null ? null : find(scene.getRoot());
        if (bar != null) {
            for (Menu menu : bar.getMenus()) {
                collect(menu, menu.getText(), menuNames, menuTitles);
            }
        }
        List<Shortcut> rows = new ArrayList<>();
        for (KeyCombination key : menuNames.keySet()) {
            if (scene.getAccelerators().containsKey(key)) {
                rows.add(new Shortcut(key, keys(key), menuNames.get(key), menuTitles.get(key)));
            }
        }
        for (KeyCombination key : scene.getAccelerators().keySet()) {
            if (!menuNames.containsKey(key)) {
                String builtIn = key.equals(MENU_BAR) ? messages.get("help.shortcuts.menuBar")
                        : messages.get("help.shortcuts.unnamed");
                rows.add(new Shortcut(key, keys(key), builtIn, messages.get("help.shortcuts.window")));
            }
        }
        String here = messages.get("help.shortcuts.screen");
        for (Map.Entry<KeyCombination, javafx.collections.ObservableList<Mnemonic>> e : scene.getMnemonics().entrySet()) {
            List<String> names = new ArrayList<>();
            for (Mnemonic m : e.getValue()) {
                String name = name(scene, m.getNode());
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                rows.add(new Shortcut(e.getKey(), keys(e.getKey()), String.join(" / ", names), here));
            }
        }
        collectLocal(scene.getRoot(), here, rows);
        rows.sort(java.util.Comparator.comparing((Shortcut s) -> s.where().equals(here))
                .thenComparing(s -> s.where()).thenComparing(Shortcut::keys));
        return rows;
    }

    /** Keys the showing screens handle themselves ({@link LocalShortcuts}). */
    private static void collectLocal(Node node, String here, List<Shortcut> rows) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (LocalShortcuts.has(node)) {
            LocalShortcuts.declared(node).forEach((key, what) -> rows.add(new Shortcut(key, keys(key), what, here)));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectLocal(child, here, rows);
            }
        }
    }

    private static void collect(Menu menu, String path, Map<KeyCombination, String> names,
                                Map<KeyCombination, String> titles) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + sub.getText(), names, titles);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                names.putIfAbsent(item.getAccelerator(), item.getText().replace("_", ""));
                titles.putIfAbsent(item.getAccelerator(), path);
            }
        }
    }

    /** Visible with every parent: a field on a tab that is not selected is not on the screen. */
    public static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static MenuBar find(Node node) {
        if (node instanceof MenuBar bar) {
            return bar;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                MenuBar found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A mnemonic's target as a user reads it: its own text, the label that names it, or its accessible text. */
    private static String name(Scene scene, Node node) {
        if (node == null || node.getScene() != scene || !showing(node)) {
            return null;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return l.getText().replace("_", "");
        }
        for (Node n : scene.getRoot().lookupAll(".label")) {
            if (n instanceof Label label && label.getLabelFor() == node && label.getText() != null) {
                return label.getText().replace("_", "");
            }
        }
        return node.getAccessibleText();
    }
}
