package org.maracdesk.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window goes: its last size and position if they still fit a screen, otherwise 1280×800
 * centred on the primary screen, or all of its usable area on a smaller screen (a 1366×768 laptop has
 * about 1366×728). Sizes are
 * of the whole window; {@code maximised} restores the maximised state over those bounds.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximised) {
    /** The size the window asks for when the screen has room. */
    public static final double PREFERRED_WIDTH = 1280;
    public static final double PREFERRED_HEIGHT = 800;
    /** Below this the screens stop working; a window is never made smaller (unless the screen is). */
    public static final double MIN_WIDTH = 720;
    public static final double MIN_HEIGHT = 520;
    /** A first window fills a screen smaller than this many times the preferred size (1440×900). */
    private static final double FILL_BELOW = 1.125;
    /** How much of a saved window must lie on a screen (its top-left corner area) to be put back there. */
    private static final double GRIP = 48;

    /**
     * The placement to use, from the saved one (if any) and the usable bounds of the screens now attached.
     * {@code screens} must not be empty; its first entry is the primary screen.
     */
    public static WindowPlacement fit(Optional<WindowPlacement> saved, List<Rectangle2D> screens) {
        Rectangle2D primary = screens.get(0);
        if (saved.isPresent()) {
            WindowPlacement s = saved.get();
            for (Rectangle2D screen : screens) {
                if (screen.intersects(s.x, s.y, Math.min(GRIP, s.width), Math.min(GRIP, s.height))) {
                    return s.insideOf(screen);
                }
            }
            return centred(primary, s.width, s.height, s.maximised);
        }
        // A screen not much larger than the preferred size (a 1366×768 laptop) is filled: margins there
        // would only cost the tables columns.
        double w = primary.getWidth() < PREFERRED_WIDTH * FILL_BELOW ? primary.getWidth() : PREFERRED_WIDTH;
        double h = primary.getHeight() < PREFERRED_HEIGHT * FILL_BELOW ? primary.getHeight() : PREFERRED_HEIGHT;
        return centred(primary, w, h, false);
    }

    private static WindowPlacement centred(Rectangle2D screen, double width, double height, boolean maximised) {
        double w = clamp(width, Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth());
        double h = clamp(height, Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight());
        double x = screen.getMinX() + Math.floor((screen.getWidth() - w) / 2);
        double y = screen.getMinY() + Math.floor((screen.getHeight() - h) / 2);
        return new WindowPlacement(x, y, w, h, maximised);
    }

    /** The same window made no larger than the screen and moved, if needed, so that all of it is on it. */
    private WindowPlacement insideOf(Rectangle2D screen) {
        double w = clamp(width, Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth());
        double h = clamp(height, Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight());
        double nx = clamp(x, screen.getMinX(), screen.getMaxX() - w);
        double ny = clamp(y, screen.getMinY(), screen.getMaxY() - h);
        return new WindowPlacement(nx, ny, w, h, maximised);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    /** Sane numbers only: a damaged settings file must not put the window nowhere. */
    public boolean plausible() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width >= 100 && height >= 100 && width <= 100_000 && height <= 100_000
                && Math.abs(x) <= 100_000 && Math.abs(y) <= 100_000;
    }
}
