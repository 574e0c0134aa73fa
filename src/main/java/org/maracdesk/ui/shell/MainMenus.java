package org.maracdesk.ui.shell;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.maracdesk.ui.common.Messages;

/**
 * The main window's menu bar: Go (the areas, Find a person, Lock), View (text size, contrast) and Help.
 * Every window-wide shortcut is a menu item's accelerator, so the menus show the keys and the Keyboard
 * shortcuts list reads them from what is registered. The menu titles have no mnemonic (Alt+letter is
 * taken by the fields of the meeting view); F10 opens the menu bar.
 */
final class MainMenus {
    static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LARGER = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SMALLER = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NORMAL = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination GUIDE = new KeyCodeCombination(KeyCode.F1);
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6};
    private final Messages messages;
    private final ShellCommands commands;

    MainMenus(Messages messages, ShellCommands commands) {
        this.messages = messages;
        this.commands = commands;
    }

    void fill(MenuBar bar, Consumer<NavArea> select, Supplier<NavArea> current) {
        bar.getMenus().setAll(go(select), view(), help(current));
    }

    private Menu go(Consumer<NavArea> select) {
        Menu menu = menu("menu.go");
        for (NavArea area : NavArea.values()) {
            menu.getItems().add(item(messages.get(area.titleKey()),
                    new KeyCodeCombination(DIGITS[area.ordinal()], KeyCombination.SHORTCUT_DOWN),
                    e -> select.accept(area)));
        }
        // Deferred: locking and the find window swap scenes, which must not change while a key is dispatched.
        MenuItem passphrase = item(messages.get("menu.go.passphrase"), null,
                e -> Platform.runLater(commands::changePassphrase));
        passphrase.setId("changePassphraseItem");
        menu.getItems().addAll(new SeparatorMenuItem(),
                item(messages.get("menu.go.find"), FIND, e -> Platform.runLater(commands::findPerson)),
                passphrase, item(messages.get("menu.go.lock"), LOCK, e -> Platform.runLater(commands::lock)));
        return menu;
    }

    private Menu view() {
        Menu menu = menu("menu.view");
        CheckMenuItem contrast = new CheckMenuItem(messages.get("menu.view.highContrast"));
        contrast.setId("highContrastItem");
        contrast.setSelected(commands.display().get().highContrast());
        contrast.setOnAction(e -> commands.highContrast(contrast.isSelected()));
        commands.display().addListener((o, was, now) -> contrast.setSelected(now.highContrast()));
        menu.getItems().addAll(item(messages.get("menu.view.larger"), LARGER, e -> commands.largerText()),
                item(messages.get("menu.view.smaller"), SMALLER, e -> commands.smallerText()),
                item(messages.get("menu.view.normal"), NORMAL, e -> commands.normalText()),
                new SeparatorMenuItem(), contrast);
        return menu;
    }

    private Menu help(Supplier<NavArea> current) {
        Menu menu = menu("menu.help");
        MenuItem shortcuts = item(messages.get("menu.help.shortcuts"), null,
                e -> Platform.runLater(commands::showShortcuts));
        shortcuts.setId("shortcutsItem");
        MenuItem about = item(messages.get("menu.help.about"), null, e -> commands.showAbout());
        about.setId("aboutItem");
        menu.getItems().addAll(item(messages.get("menu.help.guide"), GUIDE,
                e -> Platform.runLater(() -> commands.showGuide(current.get()))), shortcuts, new SeparatorMenuItem(),
                about);
        return menu;
    }

    private Menu menu(String key) {
        Menu menu = new Menu(messages.get(key));
        menu.setMnemonicParsing(false);
        return menu;
    }

    private static MenuItem item(String text, KeyCombination accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setAccelerator(accelerator);
        item.setOnAction(action);
        return item;
    }
}
