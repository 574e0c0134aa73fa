package org.maracdesk.ui.common;

/**
 * How large the text is and whether the high-contrast theme is on: a per-user preference kept outside
 * every vault (two values, no case data). The text scale moves in fixed steps so that Ctrl+= and Ctrl+-
 * always come back to the same sizes.
 */
public record DisplaySettings(double textScale, boolean highContrast) {
    static final double[] STEPS = {0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};
    public static final DisplaySettings DEFAULT = new DisplaySettings(1.0, false);

    public DisplaySettings {
        textScale = nearestStep(textScale);
    }

    public DisplaySettings larger() {
        return new DisplaySettings(STEPS[Math.min(STEPS.length - 1, index() + 1)], highContrast);
    }

    public DisplaySettings smaller() {
        return new DisplaySettings(STEPS[Math.max(0, index() - 1)], highContrast);
    }

    public DisplaySettings normalText() {
        return new DisplaySettings(1.0, highContrast);
    }

    public DisplaySettings withHighContrast(boolean on) {
        return new DisplaySettings(textScale, on);
    }

    /** The scale as a whole percentage, for the menu and the status line. */
    public int percent() {
        return (int) Math.round(textScale * 100);
    }

    private int index() {
        for (int i = 0; i < STEPS.length; i++) {
            if (STEPS[i] == textScale) {
                return i;
            }
        }
        return 1;
    }

    private static double nearestStep(double scale) {
        if (Double.isNaN(scale)) {
            return 1.0;
        }
        double best = 1.0;
        for (double step : STEPS) {
            if (Math.abs(step - scale) < Math.abs(best - scale)) {
                best = step;
            }
        }
        return best;
    }
}
