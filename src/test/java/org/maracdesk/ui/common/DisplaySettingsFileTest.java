package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text size and contrast are remembered per user beside window.properties, and hold nothing else. */
class DisplaySettingsFileTest {
    @TempDir
    Path temp;

    @Test
    void settingsAreRememberedBesideTheWindowPlacement() throws Exception {
        Path windowFile = temp.resolve("config").resolve("window.properties");
        DisplaySettingsFile file = DisplaySettingsFile.besides(windowFile);
        assertEquals(DisplaySettings.DEFAULT, file.load(), "nothing saved yet: 100 %, normal contrast");
        DisplaySettings chosen = DisplaySettings.DEFAULT.larger().larger().larger().withHighContrast(true);
        file.save(chosen);
        Path saved = temp.resolve("config").resolve("display.properties");
        assertTrue(Files.isRegularFile(saved));
        assertEquals(new DisplaySettings(1.5, true), DisplaySettingsFile.besides(windowFile).load());
        String text = Files.readString(saved);
        assertTrue(text.contains("textScale=1.5") && text.contains("highContrast=true"), text);
        assertEquals(2, text.lines().filter(l -> !l.startsWith("#")).count(), "two values, nothing else");
    }

    @Test
    void stepsStopAtTheEndsAndCtrlZeroGoesBackToNormal() {
        DisplaySettings s = DisplaySettings.DEFAULT;
        for (int i = 0; i < 20; i++) {
            s = s.larger();
        }
        assertEquals(200, s.percent());
        for (int i = 0; i < 20; i++) {
            s = s.smaller();
        }
        assertEquals(90, s.percent());
        assertEquals(100, s.normalText().percent());
        assertEquals(125, new DisplaySettings(1.3, false).percent(), "an edited file snaps to the nearest step");
    }

    @Test
    void aDamagedFileMeansTheDefaults() throws Exception {
        Path saved = temp.resolve("display.properties");
        Files.writeString(saved, "textScale=huge\n");
        assertEquals(DisplaySettings.DEFAULT, new DisplaySettingsFile(saved).load());
        assertFalse(DisplaySettingsFile.none().load().highContrast());
    }
}
