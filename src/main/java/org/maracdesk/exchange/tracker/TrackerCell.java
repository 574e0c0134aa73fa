package org.maracdesk.exchange.tracker;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as the file holds it: text (CSV, or an XLSX text cell), a date (an XLSX number cell
 * formatted as a date) or a number (any other XLSX number cell). At most one is set.
 */
public record TrackerCell(String text, LocalDate date, BigDecimal number) {
    public static final TrackerCell BLANK = new TrackerCell(null, null, null);

    public static TrackerCell text(String text) {
        return text == null || text.isBlank() ? BLANK : new TrackerCell(text.strip(), null, null);
    }

    public boolean isBlank() {
        return text == null && date == null && number == null;
    }

    /** The cell as text, as a CSV copy of the sheet would show it: dates ISO, whole numbers without ".0". */
    public String shown() {
        if (date != null) {
            return date.toString();
        }
        if (number != null) {
            return number.stripTrailingZeros().toPlainString();
        }
        return text == null ? "" : text;
    }
}
