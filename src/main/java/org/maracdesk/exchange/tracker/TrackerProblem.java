package org.maracdesk.exchange.tracker;

/**
 * A problem with one cell (or row) of the tracker.
 *
 * @param value the cell as written, or null when it is a name, a date of birth or free text (never
 *              shown) or when the problem is with the row as a whole
 */
public record TrackerProblem(int line, String column, String value, String why) {
    @Override
    public String toString() {
        return TrackerText.line(this);
    }
}
