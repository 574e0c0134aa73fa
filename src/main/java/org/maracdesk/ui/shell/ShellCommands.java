package org.maracdesk.ui.shell;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.maracdesk.ui.common.DisplaySettings;

/** What the main window's menus do beyond choosing an area: supplied by the window that owns the frame. */
public interface ShellCommands {
    void lock();

    void findPerson();

    /** Go → Change my passphrase…: the signed-in account changes its own passphrase (decision 0053). */
    void changePassphrase();

    void largerText();

    void smallerText();

    void normalText();

    void highContrast(boolean on);

    ReadOnlyObjectProperty<DisplaySettings> display();

    void showShortcuts();

    void showGuide(NavArea area);

    void showAbout();
}
