package org.maracdesk.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.maracdesk.ui.common.DisplaySettings;
import org.maracdesk.ui.shell.HelpWindows;
import org.maracdesk.ui.shell.NavArea;
import org.maracdesk.ui.shell.ShellCommands;

/** The main window's menu commands: locking and finding from the composition root, display and help here. */
public final class DeskShell implements ShellCommands {
    private final AppWindow window;
    private final DisplayControl display;
    private final HelpWindows help;
    private final Runnable lock;
    private final Runnable findPerson;
    private final Runnable changePassphrase;

    public DeskShell(AppWindow window, DisplayControl display, HelpWindows help, Runnable lock, Runnable findPerson,
                     Runnable changePassphrase) {
        this.changePassphrase = changePassphrase;
        this.window = window;
        this.display = display;
        this.help = help;
        this.lock = lock;
        this.findPerson = findPerson;
    }

    @Override
    public void lock() {
        lock.run();
    }

    @Override
    public void findPerson() {
        findPerson.run();
    }

    @Override
    public void changePassphrase() {
        changePassphrase.run();
    }

    @Override
    public void largerText() {
        display.larger();
    }

    @Override
    public void smallerText() {
        display.smaller();
    }

    @Override
    public void normalText() {
        display.normalText();
    }

    @Override
    public void highContrast(boolean on) {
        display.highContrast(on);
    }

    @Override
    public ReadOnlyObjectProperty<DisplaySettings> display() {
        return display.settingsProperty();
    }

    @Override
    public void showShortcuts() {
        help.showShortcuts(window.scene());
    }

    @Override
    public void showGuide(NavArea area) {
        help.showGuide(area);
    }

    @Override
    public void showAbout() {
        help.showAbout();
    }
}
