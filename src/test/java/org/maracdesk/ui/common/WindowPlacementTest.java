package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    /** A 1366×768 laptop with a 40-pixel task bar at the bottom. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D DESKTOP = new Rectangle2D(0, 0, 1920, 1040);
    /** A second monitor to the right of the laptop. */
    private static final Rectangle2D RIGHT = new Rectangle2D(1366, 0, 1920, 1080);

    @Test
    void firstStartOnALaptopFitsItsUsableArea() {
        WindowPlacement p = WindowPlacement.fit(Optional.empty(), List.of(LAPTOP));
        assertEquals(new WindowPlacement(0, 0, 1366, 728, false), p);
        Rectangle2D laptopTaskBarOnTheLeft = new Rectangle2D(48, 0, 1318, 768);
        assertEquals(new WindowPlacement(48, 0, 1318, 768, false),
                WindowPlacement.fit(Optional.empty(), List.of(laptopTaskBarOnTheLeft)));
    }

    @Test
    void firstStartOnALargeScreenIsThePreferredSizeCentred() {
        WindowPlacement p = WindowPlacement.fit(Optional.empty(), List.of(DESKTOP));
        assertEquals(new WindowPlacement(320, 120, 1280, 800, false), p);
    }

    @Test
    void aSmallScreenGetsAWindowNoLargerThanIt() {
        Rectangle2D tiny = new Rectangle2D(0, 0, 640, 480);
        WindowPlacement p = WindowPlacement.fit(Optional.empty(), List.of(tiny));
        assertEquals(new WindowPlacement(0, 0, 640, 480, false), p);
    }

    @Test
    void aSavedPlacementThatFitsIsPutBackAsItWas() {
        WindowPlacement saved = new WindowPlacement(100, 50, 1000, 600, false);
        assertEquals(saved, WindowPlacement.fit(Optional.of(saved), List.of(LAPTOP)));
    }

    @Test
    void aSavedMaximisedWindowIsMaximisedAgainOverItsNormalBounds() {
        WindowPlacement saved = new WindowPlacement(100, 50, 1000, 600, true);
        WindowPlacement p = WindowPlacement.fit(Optional.of(saved), List.of(LAPTOP));
        assertTrue(p.maximised());
        assertEquals(1000, p.width());
    }

    @Test
    void aWindowSavedOnALargerScreenIsShrunkAndMovedOntoTheLaptop() {
        WindowPlacement saved = new WindowPlacement(400, 200, 1800, 1000, false);
        WindowPlacement p = WindowPlacement.fit(Optional.of(saved), List.of(LAPTOP));
        assertEquals(new WindowPlacement(0, 0, 1366, 728, false), p);
    }

    @Test
    void aWindowOnAMonitorThatIsGoneComesBackCentredOnThePrimary() {
        WindowPlacement saved = new WindowPlacement(1500, 100, 1200, 700, false);
        assertEquals(new WindowPlacement(1500, 100, 1200, 700, false),
                WindowPlacement.fit(Optional.of(saved), List.of(LAPTOP, RIGHT)));
        WindowPlacement p = WindowPlacement.fit(Optional.of(saved), List.of(LAPTOP));
        assertEquals(new WindowPlacement(83, 14, 1200, 700, false), p);
    }

    @Test
    void aWindowHalfOffTheRightEdgeIsMovedBackOn() {
        WindowPlacement saved = new WindowPlacement(1000, 300, 900, 600, false);
        WindowPlacement p = WindowPlacement.fit(Optional.of(saved), List.of(LAPTOP));
        assertEquals(new WindowPlacement(466, 128, 900, 600, false), p);
    }

    @Test
    void implausibleNumbersAreNotAPlacement() {
        assertFalse(new WindowPlacement(Double.NaN, 0, 800, 600, false).plausible());
        assertFalse(new WindowPlacement(0, 0, 10, 600, false).plausible());
        assertFalse(new WindowPlacement(1e9, 0, 800, 600, false).plausible());
        assertTrue(new WindowPlacement(-1366, 0, 800, 600, false).plausible());
    }
}
